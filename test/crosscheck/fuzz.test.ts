// Odd but type-correct input must never throw and must give schema-valid briefs and renderings.
import assert from "node:assert/strict";
import { test } from "node:test";
import { Brief, type CrosscheckInput, crosscheck } from "../../src/crosscheck/index.ts";
import type { Claim, Qualifier, Quote } from "../../src/model/index.ts";
import { renderBriefHtml } from "../../src/report/html.ts";
import { renderBriefMarkdown } from "../../src/report/markdown.ts";
import { demoInput } from "./demo-fixture.ts";

let seed = 11;
const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
const WORDS = [
  "",
  " ",
  "\u201c",
  "'",
  "said",
  "Brandt",
  "the",
  "40",
  "people",
  "missing",
  "<b>",
  "|",
  "\u00e9t\u00e9",
  "\u{1F600}",
];
const phrase = () => Array.from({ length: Math.floor(rand() * 8) }, () => pick(WORDS)).join(" ");
const maybe = <T>(x: T): T | null => (rand() < 0.3 ? null : x);
const QUALIFIERS: Qualifier[] = ["exact", "about", "more than", "at least", "less than", "up to", "between"];

function oddInput(): CrosscheckInput {
  const base = demoInput();
  const ids = base.articles.map((a) => a.id).concat(["ghost"]);
  for (const a of base.articles) {
    a.publishedAt = pick([a.publishedAt, null, "yesterday", "2026-13-45", ""]);
    a.outlet = maybe(a.outlet ?? "x");
  }
  const quotes: Quote[] = Array.from({ length: 40 }, (_, i) => ({
    id: `fq${i}`,
    articleId: pick(ids),
    kind: pick(["direct", "indirect", "mixed"] as const),
    text: phrase(),
    span: [Math.floor(rand() * 50), Math.floor(rand() * 5000)],
    speaker: { name: maybe(phrase()), title: maybe(phrase()), mention: maybe(phrase()), span: null },
    cue: null,
    group: null,
    altered: false,
  }));
  const claims: Claim[] = Array.from({ length: 40 }, (_, i) => ({
    id: `fc${i}`,
    articleId: pick(ids),
    value: pick([0, 1, -3, 0.5, 1e9, 40, 40, 75]),
    valueMax: maybe(pick([2, 80])),
    qualifier: pick(QUALIFIERS),
    unit: maybe(phrase()),
    what: maybe(phrase()),
    claimant: maybe(phrase()),
    when: maybe(pick(["Monday", "last week", "2026-03-09", "since 1990", phrase()])),
    span: [Math.floor(rand() * 9000), Math.floor(rand() * 9000)],
    group: null,
  }));
  const relations = base.relations.concat([
    {
      a: "ghost",
      b: ids[0],
      kind: "spin",
      derived: "nobody",
      score: 0.1,
      passages: [{ a: [5, 1], b: [0, 99999] }],
    },
    { a: ids[1], b: ids[1], kind: "duplicate", derived: null, score: 1, passages: [] },
  ]);
  const stories = base.stories.concat([
    { ...base.stories[0], id: "s-odd", articleIds: ["ghost", ids[0], ids[0]] },
  ]);
  return { ...base, quotes, claims, relations, stories };
}

test("odd input never throws; briefs stay schema-valid and render", () => {
  for (let round = 0; round < 25; round++) {
    const input = oddInput();
    const r = crosscheck(input);
    assert.equal(r.quotes.length, input.quotes.length);
    assert.equal(r.claims.length, input.claims.length);
    for (const b of r.briefs) {
      Brief.parse(b);
      assert.ok(renderBriefMarkdown(b, input.articles).startsWith("# "));
    }
    assert.ok(!renderBriefHtml(r.briefs, input.articles).includes("<b>\u00a0<b>"));
  }
});
