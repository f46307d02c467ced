import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { cleanTexts } from "../../src/clean/index.ts";

const GT = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "../../../shared/benchmarks/article-extraction/ground-truth.json",
);

test("cleanTexts keeps hand-checked article bodies almost whole and never drops a sentence", (t) => {
  if (!existsSync(GT)) return t.skip("../shared not found");
  const gt = JSON.parse(readFileSync(GT, "utf8")) as Record<string, { articleBody: string; url: string }>;
  const docs = Object.values(gt).map((g) => ({ text: g.articleBody, outlet: new URL(g.url).hostname }));
  assert.equal(docs.length, 181);
  const out = cleanTexts(docs);
  const total = docs.reduce((n, d) => n + d.text.length, 0);
  const removed = out.flatMap((o) => o.removed);
  const removedChars = removed.reduce((n, r) => n + r.length, 0);
  assert.ok(removedChars < total * 0.001, `removed ${removedChars} of ${total} characters`);
  for (const line of removed) {
    // Copyright notices are page chrome even when the hand-checked body kept them.
    if (/^(©|\(c\)|copyright)/i.test(line)) continue;
    const words = line.split(/\s+/).length;
    assert.ok(words <= 8, `a sentence was dropped: ${line.slice(0, 60)}`);
  }
  // Every kept paragraph is a line of the input, in order.
  out.forEach((o, i) => {
    let at = 0;
    for (const p of o.text.split("\n\n").filter(Boolean)) {
      const k = docs[i].text.indexOf(p.slice(0, 40), at);
      assert.ok(k >= 0, `paragraph not found in order: ${p.slice(0, 40)}`);
      at = k;
    }
  });
});
