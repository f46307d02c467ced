// Shapes the real upstream stages produce: bare counts, missing attribution, quote marks kept in
// quote text, same-outlet rewrites, copies of reprints.
import assert from "node:assert/strict";
import { test } from "node:test";
import { crosscheck } from "../../src/crosscheck/index.ts";
import { bareQuote } from "../../src/crosscheck/quote-versions.ts";
import { derivations } from "../../src/crosscheck/sources.ts";
import { refineWhat } from "../../src/crosscheck/what-refine.ts";
import type { Claim } from "../../src/model/index.ts";
import { demoArticles, demoInput, EPR, REPRINT, S1, S2, SPUN, W } from "./demo-fixture.ts";

function at(text: string, words: string): [number, number] {
  const i = text.indexOf(words);
  assert.ok(i >= 0, words);
  return [i, i + words.length];
}

test("a bare count takes the state its own clause gives it", () => {
  const t = "The agency said 12 people had died in the flooding, and that 75 people were still missing.";
  assert.equal(refineWhat("people", t, at(t, "12")), "people dead");
  assert.equal(refineWhat("people", t, at(t, "75")), "people missing");
  const u = "At least 40 people are missing and six are confirmed dead.";
  assert.equal(refineWhat("people", u, at(u, "At least 40 people")), "people missing");
  const v = "The death toll rose to 14 on Monday.";
  assert.equal(refineWhat("people", v, at(v, "14")), "people dead");
  const w = "about 2,500 people were sleeping in schools";
  assert.equal(refineWhat("people", w, at(w, "2,500")), "people");
  assert.equal(refineWhat("counted", "the 120 counted by the ministry were destroyed", [4, 7]), "counted");
  assert.equal(
    refineWhat("confirmed dead", "six are confirmed dead, but 3 missing", [0, 3]),
    "confirmed dead",
  );
});

test("claims as extraction gives them: bare `what`, no `what` at all, unattributed headline figures", () => {
  const input = demoInput();
  const text = (id: string) => input.articles.find((a) => a.id === id)?.text ?? "";
  const bare = (
    id: string,
    words: string,
    value: number,
    what: string | null,
    claimant: string | null,
  ): Claim => ({
    id: `x-${id}-${value}-${what}`,
    articleId: id,
    value,
    valueMax: null,
    qualifier: "exact",
    unit: "people",
    what,
    claimant,
    when: "Monday",
    span: at(text(id), words),
    group: null,
  });
  input.claims = [
    bare(S2, "Nine people", 9, null, "the agency"),
    bare(EPR, "12 people had died", 12, "people", "Civil Protection Agency"),
    bare(EPR, "75 people were still missing", 75, "people", "Civil Protection Agency"),
    bare(S2, "rose to 75", 75, "missing", null),
  ];
  const figs = crosscheck(input).briefs[0].figures;
  const dead = figs.find((f) => /dead/.test(f.what));
  const missing = figs.find((f) => /missing/.test(f.what));
  assert.deepEqual(dead?.flags, ["conflict"], "9 (no `what`) and 12 (bare 'people') meet as dead");
  assert.equal(missing?.entries.length, 1, "the unattributed 75 folds into the agency's 75");
  assert.equal(missing?.entries[0].claimant, "Civil Protection Agency");
  assert.deepEqual(missing?.entries[0].articleIds.sort(), [S2, EPR].sort());
  assert.equal(missing?.entries[0].origins, 2);
});

test("a spokesperson titled by their organisation's head noun ('Agency head') speaks for it", () => {
  const input = demoInput();
  for (const q of input.quotes) if (q.speaker.name === "Anika Brandt") q.speaker.title = "Agency head";
  const c = input.claims.find((x) => x.articleId === EPR && x.value === 12) as Claim;
  c.claimant = "Anika Brandt";
  const dead = crosscheck(input).briefs[0].figures.find((f) => /dead/.test(f.what));
  assert.ok(dead?.flags.includes("conflict"));
  assert.deepEqual([...new Set(dead?.entries.map((e) => e.claimant))], ["Civil Protection Agency"]);
});

test("quote text with its quotation marks is shown bare and grouped as without them", () => {
  assert.equal(bareQuote('"The water came down the valley,"'), "The water came down the valley");
  assert.equal(
    bareQuote("\u201cDunmere was worse than we feared,\u201d"),
    "Dunmere was worse than we feared",
  );
  const input = demoInput();
  for (const q of input.quotes)
    if (q.articleId === S1 && q.text.startsWith("The water")) q.text = `"${q.text}"`;
  const g = crosscheck(input).briefs[0].whoSaid[0].groups[0];
  assert.equal(g.text, "The water came down the valley faster than any of our models predicted");
  assert.equal(g.origins, 2);
});

test("sources: a same-outlet rewrite is a version; a copy of a reprint is a copy of its original", () => {
  const articles = demoArticles();
  const d = derivations(articles, [
    { a: S1, b: S2, kind: "rewrite", derived: S2, score: 0.7, passages: [] },
    { a: W, b: REPRINT, kind: "duplicate", derived: REPRINT, score: 1, passages: [] },
    { a: REPRINT, b: SPUN, kind: "spin", derived: SPUN, score: 0.8, passages: [] },
  ]);
  assert.deepEqual(d.get(S2), { kind: "version", of: S1, score: 0.7 });
  assert.deepEqual(d.get(SPUN), { kind: "spin", of: W, score: 0.8 });
});
