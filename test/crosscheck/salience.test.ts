import assert from "node:assert/strict";
import { test } from "node:test";
import { figureText } from "../../src/crosscheck/figure-values.ts";
import { salient } from "../../src/crosscheck/salience.ts";
import type { Claim } from "../../src/model/index.ts";

const claim = (value: number, unit: string, what: string): Claim => ({
  id: `a:${value}`,
  articleId: "a",
  value,
  valueMax: null,
  qualifier: "exact",
  unit,
  what,
  claimant: null,
  when: null,
  span: [0, 5],
  group: null,
  vague: false,
});

test("salience: a span of time is no figure row, whatever noun follows it; a prison term is", () => {
  const hours = [claim(2, "hour", "apartment"), claim(2, "hour", "negotiations")];
  assert.equal(salient({ head: "apartment", states: [] }, hours, 2), false);
  const term = [claim(10, "year", "prison"), claim(12, "year", "prison")];
  assert.equal(salient({ head: "prison", states: [] }, term, 2), true);
  assert.equal(salient({ head: "apartment", states: [] }, [claim(40, "apartment", "apartments")], 1), true);
});

test("salience: an age or a lone 'one' with nothing said of it is no figure row", () => {
  const age = [claim(10, "year of age", "killed"), claim(10, "year of age", "killed")];
  assert.equal(salient({ head: "people", states: ["killed"] }, age, 2), false);
  assert.equal(
    salient({ head: "season", states: [] }, [claim(1, "season", "season"), claim(1, "season", "season")], 2),
    false,
  );
  assert.equal(
    salient({ head: "people", states: ["killed"] }, [claim(1, "person", "person killed")], 2),
    true,
  );
});

test("figure text: a figure of one takes the singular", () => {
  const one = { display: "1", value: 1, valueMax: null };
  assert.equal(figureText(one, "bombs"), "1 bomb");
  assert.equal(figureText(one, "co-workers gunned down"), "1 co-worker gunned down");
  assert.equal(figureText(one, "people killed"), "1 person killed");
  assert.equal(figureText(one, "casualties"), "1 casualty");
  assert.equal(figureText({ display: "3", value: 3, valueMax: null }, "women dead"), "3 women dead");
});
