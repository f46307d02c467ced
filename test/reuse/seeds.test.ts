import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { detectReuse, type ReuseDoc } from "../../src/reuse/index.ts";

const SEEDS = join(fileURLToPath(import.meta.url), "../../../../shared/seeds");

function load(): ReuseDoc[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({
      id: f.slice(0, 3),
      text: readFileSync(join(SEEDS, f), "utf8"),
      outlet: null,
      publishedAt: null,
    }));
}

describe("reuse on ../shared/seeds", () => {
  it("finds the version pair and the spun copy, and nothing else", (t) => {
    if (!existsSync(SEEDS)) return t.skip("../shared not found");
    const rels = detectReuse(load());
    const byPair = new Map(rels.map((r) => [[r.a, r.b].sort().join("-"), r]));
    const versions = byPair.get("000-004");
    assert.ok(versions, "000 and 004 (one outlet's update) are related");
    assert.ok(["version", "duplicate"].includes(versions.kind), versions.kind);
    const spin = byPair.get("001-003");
    assert.ok(spin, "003 (spun) is linked to 001 (rewrite of the same original)");
    assert.equal(spin.kind, "spin");
    assert.equal(spin.derived, "003");
    assert.deepEqual(
      [...byPair.keys()].sort(),
      ["000-004", "001-003"],
      "same facts or shared quotes are not reuse",
    );
  });

  it("aligns the spun copy passage by passage despite the swapped words", (t) => {
    if (!existsSync(SEEDS)) return t.skip("../shared not found");
    const docs = load();
    const spin = detectReuse([docs[1], docs[3]])[0];
    const b = docs[3].text;
    const spunText = spin.passages.map((p) => b.slice(...p.b)).join(" ");
    assert.match(spunText, /mentioned/, "a swapped word lies inside a passage");
    const covered = spin.passages.reduce((s, p) => s + p.a[1] - p.a[0], 0);
    assert.ok(covered > docs[1].text.length * 0.6, `covered ${covered} of ${docs[1].text.length}`);
  });
});
