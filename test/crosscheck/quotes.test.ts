import assert from "node:assert/strict";
import { test } from "node:test";
import type { QuoteGroup } from "../../src/crosscheck/brief.ts";
import { crosscheck } from "../../src/crosscheck/index.ts";
import type { Quote } from "../../src/model/index.ts";
import { demoInput, EPR, REPRINT, REWRITE, S1, S2, SPUN, W } from "./demo-fixture.ts";

function groups(input = demoInput()): QuoteGroup[] {
  return crosscheck(input).briefs[0].whoSaid.flatMap((s) => s.groups);
}

function find(gs: QuoteGroup[], words: string): QuoteGroup {
  const g = gs.find((x) => x.versions.some((v) => v.text.includes(words)));
  assert.ok(g, `no quote group with "${words}"`);
  return g;
}

test("Brandt's quote: verbatim in two origins is established; spun and trimmed copies are altered", () => {
  const g = find(groups(), "faster than any of our models");
  assert.equal(g.speaker, "Anika Brandt");
  assert.equal(g.text, "The water came down the valley faster than any of our models predicted");
  assert.deepEqual(g.versions[0].articleIds, [W, REPRINT, S1, S2]);
  assert.equal(g.origins, 2);
  assert.equal(g.singleSource, false);
  assert.equal(g.altered, true);
  const altered = g.versions.filter((v) => v.altered).flatMap((v) => v.articleIds);
  assert.deepEqual(altered.sort(), [SPUN, REWRITE].sort());
});

test("word diff of the trimmed and the spun version against the best-attested one", () => {
  const g = find(groups(), "faster than any of our models");
  const trimmed = g.versions.find((v) => v.articleIds.includes(REWRITE));
  assert.deepEqual(trimmed?.diff, [
    { op: "same", text: "The water came down the valley faster than" },
    { op: "del", text: "any of our models" },
    { op: "same", text: "predicted" },
  ]);
  const spun = g.versions.find((v) => v.articleIds.includes(SPUN));
  const dels = spun?.diff.filter((o) => o.op === "del").map((o) => o.text);
  const adds = spun?.diff.filter((o) => o.op === "add").map((o) => o.text);
  assert.deepEqual(dels, ["came", "valley faster", "models predicted"]);
  assert.deepEqual(adds, ["got here", "vale quicker", "fashions anticipated"]);
});

test("quotes get `group` and `altered`: copies share the group, only changed wording is altered", () => {
  const r = crosscheck(demoInput());
  const water = r.quotes.filter((q) => /^The water/.test(q.text));
  assert.equal(water.length, 6);
  assert.equal(new Set(water.map((q) => q.group)).size, 1);
  assert.ok(water[0].group?.startsWith("s-dam/q"));
  const alteredIn = water.filter((q) => q.altered).map((q) => q.articleId);
  assert.deepEqual(alteredIn.sort(), [SPUN, REWRITE].sort());
  const ferry = r.quotes.find((q) => q.speaker.name === "Selma Dorn");
  assert.ok(ferry?.group?.startsWith("s-ferry/"));
  assert.notEqual(ferry?.group, water[0].group);
});

test("spun quotes add no corroboration, even when the reuse stage missed the spin", () => {
  const input = demoInput();
  input.relations = input.relations.filter((r) => r.b !== SPUN);
  const gs = groups(input);
  const water = find(gs, "faster than any of our models");
  assert.equal(
    water.origins,
    2,
    "the unlinked spun copy is a separate origin but its garbled words do not count",
  );
  assert.ok(water.versions.find((v) => v.articleIds.includes(SPUN))?.altered);
  const oreval = find(gs, "protected by their rank or their office");
  assert.equal(oreval.origins, 2);
});

test("a spun quote whose words were all swapped joins its original through the aligned passage", () => {
  const gs = groups();
  const search = find(gs, "We are searching every house");
  assert.equal(search.origins, 1);
  assert.equal(search.singleSource, true);
  const spun = search.versions.find((v) => v.articleIds.includes(SPUN));
  assert.ok(spun?.altered);
  assert.equal(spun?.origins, 0, "a spun copy's wording is worth nothing as a source");
});

test("surname-only and full-name speakers are one speaker; Oreval is corroborated by the radio", () => {
  const gs = groups();
  const oreval = find(gs, "protected by their rank or their office");
  assert.equal(oreval.speaker, "Tomas Oreval");
  assert.deepEqual(oreval.versions[0].articleIds.sort(), [W, REPRINT, EPR].sort());
  assert.equal(oreval.origins, 2);
  const trimmed = oreval.versions.find((v) => v.articleIds.includes(REWRITE));
  assert.deepEqual(trimmed?.diff.at(-1), { op: "del", text: "or their office" });
});

test("quote-mark style, case and punctuation do not make a quote altered", () => {
  const input = demoInput();
  const q = input.quotes.find((x) => x.articleId === EPR && x.text.startsWith("Nobody")) as Quote;
  q.text = "\u201cnobody will be protected by their rank \u2014 or their office!\u201d";
  const oreval = find(groups(input), "protected by their rank or their office");
  const radio = oreval.versions.find((v) => v.articleIds.includes(EPR));
  assert.equal(radio?.altered, false);
  assert.equal(oreval.origins, 2);
});

test("different quotes by one speaker stay apart; a single-source quote is marked", () => {
  const gs = groups();
  const brandt = gs.filter((g) => g.speaker === "Anika Brandt");
  assert.equal(brandt.length, 5);
  const dunmere = find(gs, "Dunmere was worse");
  assert.equal(dunmere.singleSource, true);
  assert.deepEqual(dunmere.articleIds, [S2]);
  const petrik = find(gs, "roar like a train");
  assert.equal(petrik.origins, 1, "two versions of one Sentinel article are one source");
  assert.equal(petrik.altered, false);
});

test("reported speech in other words corroborates; a changed direct quote does not", () => {
  const input = demoInput();
  input.relations = input.relations.filter((r) => r.b !== REWRITE); // the Post as an independent source
  const text = input.articles.find((a) => a.id === REWRITE)?.text ?? "";
  const words = "has promised an independent inquiry into how the 1971 dam was maintained";
  const at = text.indexOf(words);
  input.quotes.push({
    id: "q-post-inquiry",
    articleId: REWRITE,
    kind: "indirect",
    text: "the government would open an independent inquiry into the dam",
    span: [at, at + words.length],
    speaker: { name: "Tomas Oreval", title: "Interior Minister", mention: "Tomas Oreval", span: null },
    cue: null,
    group: null,
    altered: false,
  });
  const gs = groups(input);
  const inquiry = find(gs, "independent inquiry");
  const post = inquiry.versions.find((v) => v.articleIds.includes(REWRITE));
  assert.equal(post?.altered, false, "the reporter's own words are not an altered quote");
  assert.equal(inquiry.origins, 2);
  const nobody = find(gs, "protected by their rank or their office");
  assert.equal(nobody.versions.find((v) => v.articleIds.includes(REWRITE))?.altered, true);
  assert.equal(nobody.origins, 2, "the trimmed quote adds nothing even from an independent outlet");
});

test("a copy whose speaker was not found still joins the quote it repeats", () => {
  const input = demoInput();
  input.relations = input.relations.map((r) => ({ ...r, passages: [] })); // no alignment to lean on
  for (const q of input.quotes)
    if (q.articleId === REPRINT) q.speaker = { name: null, title: null, mention: null, span: null };
  const water = find(groups(input), "faster than any of our models");
  assert.equal(water.speaker, "Anika Brandt");
  assert.ok(water.versions[0].articleIds.includes(REPRINT));
  assert.equal(water.origins, 2);
});
