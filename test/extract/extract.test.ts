import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/extract/index.ts";
import { Entity, Quote } from "../../src/model/index.ts";

const SEEDS = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "shared", "seeds");
const PEOPLE = [
  "Sabrina Singh",
  "Pat Ryder",
  "Mark Rutte",
  "Yoon Suk Yeol",
  "Yoon Suk-yeol",
  "Vladimir Putin",
];
const PRONOUN = /^(he|she)$/i;

function seeds(): { name: string; text: string }[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(SEEDS, f), "utf8") }));
}

test("extract: output validates against the model schemas", () => {
  const text =
    "“Repairs start Monday,” said Harbour Minister Elin Varga. Varga added that costs were unknown.";
  const x = extract({ id: "x", text, publishedAt: null });
  for (const q of x.quotes) Quote.parse(q);
  for (const e of x.entities) Entity.parse(e);
  assert.equal(x.quotes.length, 2);
  assert.ok(x.quotes.every((q) => q.speaker.name === "Elin Varga"));
});

test("seeds: every he/she and surname speaker resolves to a full name", (t) => {
  if (!existsSync(SEEDS)) return t.skip("../shared not found");
  let pronouns = 0;
  let surnames = 0;
  for (const s of seeds()) {
    const { quotes } = extract({ id: s.name, text: s.text, publishedAt: null });
    for (const q of quotes) {
      const m = q.speaker.mention ?? "";
      if (PRONOUN.test(m)) {
        pronouns++;
        assert.ok(q.speaker.name?.includes(" "), `${s.name}: "${m}" → ${q.speaker.name}: ${q.text}`);
      }
      const full = PEOPLE.find((p) => p !== m && p.split(" ").includes(m));
      if (full) {
        surnames++;
        assert.ok(q.speaker.name?.startsWith(full.split(" ")[0]), `${s.name}: "${m}" → ${q.speaker.name}`);
      }
    }
  }
  assert.ok(pronouns >= 4 && surnames >= 6, `pronouns ${pronouns}, surnames ${surnames}`);
});

test("seeds: the named spokespeople are found as speakers with their titles", (t) => {
  if (!existsSync(SEEDS)) return t.skip("../shared not found");
  const all = seeds().flatMap((s) => extract({ id: s.name, text: s.text, publishedAt: null }).quotes);
  const by = (n: string) => all.filter((q) => q.speaker.name === n);
  assert.ok(by("Sabrina Singh").length >= 8, `Singh: ${by("Sabrina Singh").length}`);
  assert.ok(by("Mark Rutte").length >= 6, `Rutte: ${by("Mark Rutte").length}`);
  assert.ok(by("Pat Ryder").length >= 2, `Ryder: ${by("Pat Ryder").length}`);
  assert.ok(by("Sabrina Singh").some((q) => q.speaker.title === "deputy Pentagon press secretary"));
  const added = all.filter((q) => q.cue?.text === "added" && PRONOUN.test(q.speaker.mention ?? ""));
  assert.deepEqual([...new Set(added.map((q) => q.speaker.name))].sort(), ["Pat Ryder", "Sabrina Singh"]);
  assert.ok(all.some((q) => q.kind === "direct") && all.some((q) => q.kind === "indirect"));
});
