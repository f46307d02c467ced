// The seeds helper itself, run on the demo brief with the demo files posing as seed files.
import assert from "node:assert/strict";
import { test } from "node:test";
import { crosscheck } from "../../src/crosscheck/index.ts";
import { demoInput, S1, S2, SPUN } from "./demo-fixture.ts";
import { checkSeedsBrief } from "./seeds-checks.ts";

const POSING: Record<string, string> = {
  [S1]: "seeds/000_x.txt",
  [S2]: "seeds/004_x.txt",
  [SPUN]: "seeds/003_x.txt",
};

function run() {
  const input = demoInput();
  const articles = input.articles.map((a) => ({ id: a.id, source: POSING[a.id] ?? a.source }));
  return { brief: crosscheck(input).briefs[0], articles };
}

test("seeds checks pass where the demo brief is right and fail where it has no troops", () => {
  const { brief, articles } = run();
  const ok = Object.fromEntries(checkSeedsBrief(brief, articles).map((c) => [c.name, c.ok]));
  assert.equal(ok["the two versions of one outlet's article count as one source"], true);
  assert.equal(ok["the spun copy is marked as spun in the sources table"], true);
  assert.equal(
    ok["the spun copy's garbled quotes are grouped with their originals and marked altered"],
    true,
  );
  assert.equal(ok["a spun wording never counts as a source"], true);
  assert.equal(ok["10,000 troops appears with its claimant and date"], false);
});

test("seeds checks catch a brief that splits versions or counts a spun wording", () => {
  const failed = (brief: ReturnType<typeof run>["brief"], articles: ReturnType<typeof run>["articles"]) =>
    checkSeedsBrief(brief, articles)
      .filter((c) => !c.ok)
      .map((c) => c.name);
  const a = run();
  const row = a.brief.sources.find((s) => s.articleId === S2);
  if (row) row.origin = "Z";
  assert.ok(
    failed(a.brief, a.articles).includes("the two versions of one outlet's article count as one source"),
  );
  const b = run();
  b.brief.whoSaid[0].groups[0].origins += 1;
  assert.ok(failed(b.brief, b.articles).includes("a spun wording never counts as a source"));
});
