import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { cleanTexts } from "../../src/clean/index.ts";

const SEEDS = resolve(dirname(fileURLToPath(import.meta.url)), "../../../shared/seeds");
const norm = (s: string) => s.replace(/[\s\u00a0]+/g, " ").trim();

/** Chrome named by the seeds' README, as short tokens (no seed text copied here). */
const CHROME = [/^accessibility links$/i, /^breaking news$/i, /^update$/i, /^(XS|SM|MD|LG)$/];

function load(): { name: string; lines: string[]; text: string }[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((name) => {
      const text = readFileSync(join(SEEDS, name), "utf8");
      return { name, text, lines: text.split("\n").map(norm).filter(Boolean) };
    });
}

test("seeds: every piece of chrome is gone and every article paragraph is kept", (t) => {
  if (!existsSync(SEEDS)) return t.skip("../shared not found");
  const seeds = load();
  assert.equal(seeds.length, 5);
  const out = cleanTexts(seeds.map((s) => ({ text: s.text })));
  let chromeSeen = 0;
  let duplicates = 0;
  seeds.forEach((seed, i) => {
    const kept = out[i].text.split("\n\n").map(norm);
    const removed = out[i].removed.map(norm);
    const last = seed.lines[seed.lines.length - 1];
    // The comment prompt: a last line that is a short label ending with a colon.
    const prompt = /:$/.test(last) && last.split(" ").length <= 3 ? last : null;
    const seen = new Set<string>();
    for (const line of seed.lines) {
      const chrome = CHROME.some((re) => re.test(line)) || line === prompt;
      const repeat = seen.has(line);
      seen.add(line);
      if (chrome) chromeSeen++;
      if (repeat) duplicates++;
      if (chrome || repeat) {
        assert.ok(removed.includes(line), `${seed.name}: chrome line kept: ${line.slice(0, 30)}`);
        assert.equal(
          kept.filter((k) => k === line).length,
          repeat ? 1 : 0,
          `${seed.name}: ${line.slice(0, 30)}`,
        );
      } else {
        assert.ok(kept.includes(line), `${seed.name}: article line dropped: ${line.slice(0, 40)}`);
      }
    }
    assert.equal(kept.length + removed.length, seed.lines.length, `${seed.name}: lines lost or invented`);
    assert.ok(!out[i].text.includes("\n\n\n"));
  });
  // Accessibility links, Breaking News, update, XS, SM, MD, LG and the comment prompt; the caption twice.
  assert.equal(chromeSeen, 8);
  assert.equal(duplicates, 1);
});

test("seeds: the duplicated photo caption is kept exactly once", (t) => {
  if (!existsSync(SEEDS)) return t.skip("../shared not found");
  const seeds = load();
  const out = cleanTexts(seeds.map((s) => ({ text: s.text })));
  seeds.forEach((seed, i) => {
    const twice = seed.lines.filter((l, k) => l.length > 40 && seed.lines.indexOf(l) !== k);
    for (const line of twice) {
      const paras = out[i].text.split("\n\n").map(norm);
      assert.equal(paras.filter((p) => p === line).length, 1);
    }
  });
});
