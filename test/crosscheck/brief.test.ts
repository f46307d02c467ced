import assert from "node:assert/strict";
import { test } from "node:test";
import { Brief, crosscheck } from "../../src/crosscheck/index.ts";
import { demoInput, FERRY } from "./demo-fixture.ts";

test("every brief passes its zod schema; one brief per story", () => {
  const r = crosscheck(demoInput());
  assert.deepEqual(
    r.briefs.map((b) => b.storyId),
    ["s-dam", "s-ferry"],
  );
  for (const b of r.briefs) assert.deepEqual(Brief.parse(b), b);
});

test("quotes and claims come back in input order, with group filled only inside stories", () => {
  const input = demoInput();
  input.stories = [input.stories[0]]; // the ferry article belongs to no story now
  const r = crosscheck(input);
  assert.deepEqual(
    r.quotes.map((q) => q.id),
    input.quotes.map((q) => q.id),
  );
  assert.deepEqual(
    r.claims.map((c) => c.id),
    input.claims.map((c) => c.id),
  );
  const ferry = r.quotes.filter((q) => q.articleId === FERRY);
  assert.ok(ferry.length > 0 && ferry.every((q) => q.group === null && q.altered === false));
  assert.ok(r.quotes.filter((q) => q.articleId !== FERRY).every((q) => q.group !== null));
  assert.ok(
    input.quotes.every((q) => q.group === null),
    "input is not mutated",
  );
});

test("the unrelated story has its own one-article brief, all single-source", () => {
  const ferry = crosscheck(demoInput()).briefs[1];
  assert.equal(ferry.headline, "Calvora ferry strike");
  assert.equal(ferry.originCount, 1);
  assert.deepEqual(
    ferry.sources.map((s) => [s.outlet, s.originality]),
    [["The Harbour Courier", "original"]],
  );
  assert.equal(ferry.established.length, 0);
  assert.ok(ferry.singleSource.length >= 3);
  assert.ok(ferry.figures.some((f) => f.entries.some((e) => e.value === 2000 && e.date === "2026-03-09")));
});

test("timeline: the breach, then figures and publications in order", () => {
  const tl = crosscheck(demoInput()).briefs[0].timeline;
  assert.equal(tl[0].kind, "event");
  assert.equal(tl[0].at, "2026-03-07");
  const at = tl.map((t) => t.at ?? "");
  assert.deepEqual(at, [...at].sort());
  const texts = tl.map((t) => t.text);
  assert.ok(texts.some((t) => /Quickfeed Daily publishes .*spun copy of Northwind Wire/.test(t)));
  assert.ok(
    texts.indexOf("Civil Protection Agency: 75 people missing") >
      texts.indexOf("Civil Protection Agency: at least 40 people missing"),
  );
});

test("empty input gives empty output", () => {
  const r = crosscheck({ articles: [], stories: [], relations: [], quotes: [], claims: [], events: [] });
  assert.deepEqual(r, { quotes: [], claims: [], briefs: [] });
});
