import assert from "node:assert/strict";
import { test } from "node:test";
import { scorePage, summarise } from "../../eval/extraction-metric.ts";

test("the benchmark metric counts word 4-gram multisets and averages per page", () => {
  const truth = "one two three four five six";
  assert.deepEqual(scorePage(truth, truth), { tp: 1, fp: 0, fn: 0 });
  // Prediction adds two words: 3 shingles shared, 2 extra.
  const s = scorePage(truth, `${truth} seven eight`);
  assert.equal(s.tp, 3 / 5);
  assert.equal(s.fp, 2 / 5);
  // Punctuation and spacing do not matter; tokens are \w+ runs.
  assert.deepEqual(scorePage("one, two; three four", "one two\n\nthree four"), { tp: 1, fp: 0, fn: 0 });
  const sum = summarise([scorePage(truth, truth), scorePage(truth, "")]);
  assert.equal(sum.precision, 1); // the empty prediction is left out of the precision average
  assert.equal(sum.recall, 0.5);
});
