import assert from "node:assert/strict";
import { test } from "node:test";
import { crosscheck } from "../../src/crosscheck/index.ts";
import type { Claim } from "../../src/model/index.ts";
import { demoInput, EPR, S1 } from "./demo-fixture.ts";

function claimIn(
  input: ReturnType<typeof demoInput>,
  articleId: string,
  words: string,
  value: number,
  what: string,
  claimant: string,
  when: string | null = null,
): Claim {
  const text = input.articles.find((a) => a.id === articleId)?.text ?? "";
  const at = text.indexOf(words);
  assert.ok(at >= 0, words);
  return {
    id: `x${input.claims.length + 1}`,
    articleId,
    value,
    valueMax: null,
    qualifier: "exact",
    unit: null,
    what,
    claimant,
    when,
    span: [at, at + words.length],
    group: null,
  };
}

test("figures: counts in passing ('three council meetings', 'two more helicopters') get no row", () => {
  const input = demoInput();
  input.claims.push(
    claimIn(input, S1, "three council meetings", 3, "council meetings", "Hana Ruzic"),
    claimIn(input, EPR, "two more helicopters", 2, "helicopters", "Anika Brandt"),
  );
  const whats = crosscheck(input).briefs[0].figures.map((f) => f.what);
  assert.ok(!whats.some((w) => /council|helicopter/.test(w)), whats.join(", "));
  assert.ok(
    whats.some((w) => /residents|shelters/.test(w)),
    "residents stay: they are people",
  );
  assert.ok(whats.some((w) => /homes/.test(w)));
});

test("figures: two independent origins make any count worth a row", () => {
  const input = demoInput();
  input.claims.push(
    claimIn(input, S1, "three council meetings", 3, "council meetings", "Hana Ruzic"),
    claimIn(input, EPR, "two more helicopters", 3, "council meetings", "Hana Ruzic"),
  );
  const whats = crosscheck(input).briefs[0].figures.map((f) => f.what);
  assert.ok(whats.includes("council meetings"), whats.join(", "));
});

test("figures: 'Pentagon' and 'U.S. Defense Department' are one claimant; a dated figure is the latest", () => {
  const input = demoInput();
  input.claims.push(
    claimIn(input, S1, "three council meetings", 3000, "troops sent", "NATO", "2026-03-08"),
    claimIn(input, S1, "Mill Street", 10000, "troops sent", "U.S. Defense Department", "2026-03-08"),
    claimIn(input, EPR, "two more helicopters", 10000, "troops sent", "the Pentagon", "2026-03-08"),
    claimIn(input, EPR, "Calvora province", 2000, "troops sent", "Pentagon"),
  );
  // an article of unknown date: its undated figure has no day at all
  const epr = input.articles.find((a) => a.id === EPR);
  if (epr) epr.publishedAt = null;
  const f = crosscheck(input).briefs[0].figures.find((g) => g.what === "troops sent");
  assert.ok(f);
  const pentagon = f.entries.filter((e) => e.value === 10000);
  assert.equal(pentagon.length, 1);
  assert.equal(pentagon[0].origins, 2);
  assert.match(f.notes.join(" "), /Pentagon says 10,000/);
  assert.doesNotMatch(f.notes.join(" "), /says 2,000/);
});

test("figures: '2,000 more troops' gets its own row, not one among the totals", () => {
  const input = demoInput();
  input.claims.push(
    claimIn(input, S1, "three council meetings", 10000, "troops sent", "NATO", "2026-03-08"),
    claimIn(input, EPR, "two more helicopters", 2000, "more troops", "NATO", "2026-03-09"),
  );
  const whats = crosscheck(input).briefs[0].figures.map((f) => f.what);
  assert.ok(whats.includes("troops sent") && whats.includes("more troops"), whats.join(", "));
});

test("figures: a vague amount ('scores missing') stays out of the figure table, even from two origins", () => {
  const input = demoInput();
  const vague = (articleId: string) => ({
    ...claimIn(input, articleId, "Civil Protection Agency", 20, "people missing", "Civil Protection Agency"),
    valueMax: 200,
    qualifier: "at least" as const,
    vague: true,
  });
  input.claims.push(vague(S1), vague(EPR));
  const rows = crosscheck(input).briefs[0].figures.flatMap((f) => f.entries.map((e) => e.value));
  assert.ok(rows.length > 0 && !rows.includes(20), rows.join(", "));
});

test("figures: bodies and spans of time ('three environmental groups') get no row, even from two origins", () => {
  const input = demoInput();
  const groups = (articleId: string) =>
    claimIn(input, articleId, "Lusk Hydro", 3, "environmental groups", "Interior Ministry");
  input.claims.push(groups(S1), groups(EPR));
  const whats = crosscheck(input).briefs[0].figures.map((f) => f.what);
  assert.ok(whats.length > 0 && !whats.some((w) => /groups/.test(w)), whats.join(", "));
});
