import assert from "node:assert/strict";
import { test } from "node:test";
import { extractQuantities } from "../../src/extract/numbers/index.ts";

type Row = [
  sentence: string,
  expected: [value: number, valueMax: number | null, unit: string | null, change: string][],
];

/** Fictional sentences and every quantity each should yield (value, upper bound, normalised unit, change). */
const ROWS: Row[] = [
  ["The ferry carried 1,250 passengers to Port Alden.", [[1250, null, "passenger", "="]]],
  ["About 40 fishermen stayed ashore.", [[40, null, "fisherman", "~"]]],
  ["More than 3.5 million euros were pledged.", [[3.5e6, null, "euro", ">"]]],
  ["The council approved $2.4bn for the harbour.", [[2.4e9, null, "dollar", "="]]],
  [
    "Officials counted four boats and twenty-one nets.",
    [
      [4, null, "boat", "="],
      [21, null, "net", "="],
    ],
  ],
  ["Tens of thousands of residents lost power.", [[1e4, 1e5, "resident", "="]]],
  ["Dozens of volunteers arrived.", [[12, 120, "volunteer", "="]]],
  ["Between 300 and 400 homes flooded.", [[300, 400, "home", "="]]],
  [
    "Prices rose 4.2% to $3.10 a litre.",
    [
      [4.2, null, "percentage", "up"],
      [3.1, null, "dollar per litre", "="],
    ],
  ],
  ["Shares in Nordbank fell 12 per cent on the news.", [[12, null, "percentage", "down"]]],
  ["The storm moved at up to 90 km/h.", [[90, null, "kilometre per hour", "<"]]],
  ["A 65-year-old skipper was rescued.", [[65, null, "year of age", "="]]],
  ["Nearly two-thirds of the catch was lost.", [[2 / 3, null, "catch", "~"]]],
  ["A couple thousand more troops are expected.", [[2000, null, "troop", "="]]],
  ["The guild said one of their co-workers was hurt.", [[1, null, "co-worker", "="]]],
  [
    "Five heavily armed officers arrived, then five totally unprepared ones.",
    [
      [5, null, "heavily armed officer", "="],
      [5, null, null, "="],
    ],
  ],
  ["An estimated three,000 soldiers crossed the river.", [[3000, null, "soldier", "~"]]],
  [
    "The bridge is 1.2 km long and 14 m wide.",
    [
      [1.2, null, "kilometre", "="],
      [14, null, "metre", "="],
    ],
  ],
  ["Sales reached 1.5 million units in 2023.", [[1.5e6, null, "unit", "="]]],
  ["At least 12 people were hurt.", [[12, null, "people", ">"]]],
];

/** Sentences whose numbers are dates, times, years, ordinals or labels: no quantity. */
const NONE = [
  "The summit opened on March 3, 2024, at 10:30 a.m.",
  "It was the 22nd meeting since 1998.",
  "She drove the Mark 7 Roadster on Highway 61.",
  "The Galaxy S23 and COVID-19 dominated the 1990s.",
];

test("numbers: values, ranges, qualifiers, directions and units", () => {
  for (const [sentence, expected] of ROWS) {
    const got = extractQuantities(sentence).map((q) => [q.value, q.valueMax, q.normalizedUnit, q.change]);
    assert.equal(got.length, expected.length, `${sentence} → ${JSON.stringify(got)}`);
    expected.forEach((e, k) => {
      assert.ok(Math.abs((got[k][0] as number) - e[0]) < 1e-9, `${sentence}: value ${got[k][0]}`);
      assert.deepEqual(got[k].slice(1), e.slice(1), sentence);
    });
  }
});

test("numbers: dates, times, years, ordinals and model names are not quantities", () => {
  for (const s of NONE) assert.deepEqual(extractQuantities(s), [], s);
});

test("numbers: spans cover the currency, the number and the unit", () => {
  const s = "They paid US $4.5 million for it.";
  const [q] = extractQuantities(s);
  assert.equal(s.slice(q.span[0], q.span[1]), "US $4.5 million");
  assert.equal(q.unit, "US $");
});
