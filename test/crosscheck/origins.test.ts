import assert from "node:assert/strict";
import { test } from "node:test";
import { crosscheck } from "../../src/crosscheck/index.ts";
import { Origins } from "../../src/crosscheck/origins.ts";
import { derivations } from "../../src/crosscheck/sources.ts";
import { demoArticles, demoInput, EPR, FERRY, REPRINT, REWRITE, S1, S2, SPUN, W } from "./demo-fixture.ts";

test("reuse-linked articles form one origin: wire family, Sentinel versions, radio", () => {
  const { articles, relations } = demoInput();
  const dam = articles.filter((a) => a.id !== FERRY);
  const o = new Origins(dam, relations);
  assert.equal(o.size, 3);
  assert.equal(o.count([W, REPRINT, SPUN, REWRITE]), 1);
  assert.equal(o.count([S1, S2]), 1);
  assert.equal(o.count([W, S1, EPR]), 3);
  assert.equal(o.label(W), "A");
  assert.equal(o.label(S2), "B");
  assert.equal(o.label(EPR), "C");
});

test("sources table gives each article's originality as in samples/demo/README.md", () => {
  const brief = crosscheck(demoInput()).briefs[0];
  const got = Object.fromEntries(brief.sources.map((s) => [s.articleId, [s.originality, s.of]]));
  assert.deepEqual(got, {
    [W]: ["original", null],
    [REPRINT]: ["reprint", W],
    [S1]: ["original", null],
    [S2]: ["version", S1],
    [SPUN]: ["spin", W],
    [EPR]: ["original", null],
    [REWRITE]: ["rewrite", W],
  });
  assert.equal(new Set(brief.sources.map((s) => s.origin)).size, 3);
  assert.equal(brief.originCount, 3);
  assert.equal(brief.articleCount, 7);
});

test("without `derived`, the later-published article is the copy", () => {
  const articles = demoArticles();
  const d = derivations(articles, [
    { a: REPRINT, b: W, kind: "duplicate", derived: null, score: 1, passages: [] },
    { a: S2, b: S1, kind: "version", derived: null, score: 1, passages: [] },
  ]);
  assert.deepEqual(d.get(REPRINT), { kind: "duplicate", of: W, score: 1 });
  assert.deepEqual(d.get(S2), { kind: "version", of: S1, score: 1 });
  assert.equal(d.has(W), false);
});

test("a figure repeated by reprint, spin and rewrite still counts one origin per family", () => {
  const brief = crosscheck(demoInput()).briefs[0];
  const forty = brief.established.find(
    (s) => s.kind === "figure" && /at least 40 people missing/.test(s.text),
  );
  assert.ok(forty, "40 missing is established");
  assert.equal(forty.articleIds.length, 5);
  assert.equal(forty.origins, 2);
  const shelters = brief.singleSource.find((s) => /2,500/.test(s.text));
  assert.ok(shelters, "2,500 in shelters rests on the wire alone");
  assert.equal(shelters.articleIds.length, 4);
  assert.equal(shelters.origins, 1);
});

test("dropping the reuse relations turns copies into false corroboration (the control case)", () => {
  const input = { ...demoInput(), relations: [] };
  const brief = crosscheck(input).briefs[0];
  const shelters = [...brief.established, ...brief.singleSource].find((s) => /2,500/.test(s.text));
  assert.equal(shelters?.origins, 4);
});
