import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { extractEvents, mergeEvents } from "../../src/extract/events/index.ts";
import { extract } from "../../src/extract/index.ts";
import { Event } from "../../src/model/index.ts";

const SEED = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "..",
  "shared",
  "seeds",
  "000_2a2ee745aa38c9f2.txt",
);

const CTX = { articleId: "n", publishedAt: "2031-05-14T09:00:00Z", entities: [], claims: [] };

/** Fictional incident sentences: [text, type, place, date, killed, injured]. */
const ROWS: [string, string, string | null, string | null, number | null, number | null][] = [
  [
    "A car bomb killed at least seven people in central Marlow on Tuesday, police said.",
    "bombing",
    "Marlow",
    "2031-05-13",
    7,
    null,
  ],
  [
    "Three guards were killed and 11 wounded when gunmen attacked a depot near Ostrava.",
    "shooting",
    "Ostrava",
    null,
    3,
    11,
  ],
  [
    "Dozens of villagers were injured in a drone strike on the Karsk region on Monday.",
    "drone strike",
    "Karsk region",
    "2031-05-12",
    null,
    12,
  ],
  [
    "Shelling of Velmar killed tens of civilians, the governor said yesterday.",
    "shelling",
    "Velmar",
    "2031-05-13",
    10,
    null,
  ],
  ["A prominent judge has been killed in an explosion in Dorn.", "explosion", "Dorn", null, 1, null],
  [
    "Rebels ambushed a convoy outside the town of Pellet, killing one soldier and wounding two others.",
    "attack",
    "Pellet",
    null,
    1,
    2,
  ],
];

test("events: type, place, date, killed and injured (dozens = 12, tens = 10)", () => {
  for (const [text, type, place, date, killed, injured] of ROWS) {
    const events = extractEvents(text, CTX);
    assert.equal(events.length, 1, `${text} → ${JSON.stringify(events)}`);
    const e = Event.parse(events[0]);
    assert.deepEqual(
      [e.type, e.place, e.date, e.killed, e.injured],
      [type, place, date, killed, injured],
      text,
    );
  }
});

test("events: cumulative 'killed or wounded' tolls and talk without an incident are not events", () => {
  const text =
    "More than 9,000 soldiers have been killed or wounded since the war began, the ministry said. The minister discussed the budget.";
  assert.deepEqual(extractEvents(text, CTX), []);
});

test("events: a later sentence on the same place updates the toll within one article", () => {
  const text =
    "A missile struck a market in Tarn on Friday, killing four people. Rescuers in Tarn said the death toll rose to six.";
  const events = extractEvents(text, CTX);
  assert.equal(events.length, 1);
  assert.equal(events[0].killed, 6);
});

test("events: disasters are incidents; a follow-up toll without place updates the last incident", () => {
  const text =
    "A landslide near Kell on Sunday killed three hikers and injured dozens. Officials later put the toll at five.";
  const events = extractEvents(text, CTX);
  assert.equal(events.length, 1);
  assert.deepEqual(
    [events[0].type, events[0].place, events[0].date, events[0].killed, events[0].injured],
    ["disaster", "Kell", "2031-05-11", 5, 12],
  );
});

test("mergeEvents: same incident across sources keeps the lowest figures and flags the dispute", () => {
  const ev = (id: string, place: string, killed: number | null, injured: number | null): Event => ({
    id,
    articleId: id.split(":")[0],
    type: id.startsWith("a") ? "air strike" : "attack",
    place,
    date: "2031-05-13",
    killed,
    injured,
    span: [0, 10],
  });
  const merged = mergeEvents([
    ev("a:e1", "the Karsk region", 14, 30),
    ev("b:e1", "Karsk", 9, null),
    ev("c:e1", "Tarn", 2, null),
  ]);
  assert.equal(merged.length, 2);
  const karsk = merged[0];
  assert.equal(karsk.type, "air strike");
  assert.equal(karsk.killed, 9);
  assert.equal(karsk.injured, 30);
  assert.deepEqual(karsk.killedReported, [9, 14]);
  assert.equal(karsk.disputed, true);
  assert.deepEqual(karsk.articleIds, ["a", "b"]);
  assert.equal(merged[1].disputed, false);
});

test("seeds: the strikes reported alongside the troop story", (t) => {
  if (!existsSync(SEED)) return t.skip("../shared not found");
  const { events } = extract({
    id: "s",
    text: readFileSync(SEED, "utf8"),
    publishedAt: "2024-10-29T12:00:00Z",
  });
  const row = (place: string) => events.find((e) => e.place === place);
  assert.deepEqual(
    [row("Kharkiv region")?.killed, row("Kharkiv region")?.date, row("Kharkiv region")?.type],
    [4, "2024-10-29", "air strike"],
  );
  assert.deepEqual([row("Kyiv")?.injured, row("Kyiv")?.killed], [6, null]);
  assert.equal(row("Dnipropetrovsk region")?.killed, 1);
  assert.ok(
    events.every((e) => e.killed !== 600000),
    "a cumulative war toll is not an incident",
  );
});

test("events: vague counts follow ACLED's reading (dozens 12, tens 10) and literal scores and hundreds", () => {
  const cases: [string, number | null, number | null][] = [
    ["A bombing in Marlow on Tuesday killed dozens of people.", 12, null],
    ["Tens of people were killed in shelling of Velmar on Tuesday.", 10, null],
    ["A bombing in Marlow on Tuesday killed tens of civilians and wounded dozens more.", 10, 12],
    ["Scores of people were injured in a drone strike on Ostrava on Tuesday.", null, 20],
    ["Hundreds of people were injured in an earthquake near Kell on Tuesday.", null, 100],
    ["A car bomb killed a dozen soldiers in Dorn on Tuesday.", 12, null],
    ["Shelling of Velmar on Tuesday killed two dozen people.", 24, null],
  ];
  for (const [text, killed, injured] of cases) {
    const events = extractEvents(text, CTX);
    assert.equal(events.length, 1, `${text} → ${JSON.stringify(events)}`);
    assert.deepEqual([events[0].killed, events[0].injured], [killed, injured], text);
  }
});

test("mergeEvents: a vague figure against an exact one keeps the lower and flags the dispute", () => {
  const a = extractEvents("Dozens of people were killed in a bombing in Marlow on Tuesday.", {
    ...CTX,
    articleId: "a",
  });
  const b = extractEvents("A bombing in central Marlow on Tuesday killed 17 people, police said.", {
    ...CTX,
    articleId: "b",
  });
  const [m, ...rest] = mergeEvents([...a, ...b]);
  assert.equal(rest.length, 0);
  assert.deepEqual(
    [m.type, m.place, m.date, m.killed, m.killedReported, m.disputed, m.articleIds],
    ["bombing", "Marlow", "2031-05-13", 12, [12, 17], true, ["a", "b"]],
  );
});

test("mergeEvents: a report without a place joins the one incident of its type and day, not two", () => {
  const ev = (id: string, place: string | null, date: string, killed: number | null): Event => ({
    id,
    articleId: id.split(":")[0],
    type: "bombing",
    place,
    date,
    killed,
    injured: null,
    span: [0, 10],
  });
  const one = mergeEvents([ev("a:e1", null, "2031-05-13", 5), ev("b:e1", "Marlow", "2031-05-13", 7)]);
  assert.equal(one.length, 1);
  assert.deepEqual([one[0].place, one[0].killedReported, one[0].articleIds], ["Marlow", [5, 7], ["b", "a"]]);
  const two = mergeEvents([
    ev("a:e1", "Marlow", "2031-05-13", 7),
    ev("b:e1", "Dorn", "2031-05-13", 2),
    ev("c:e1", null, "2031-05-13", 4),
  ]);
  assert.equal(two.length, 3, "which of two bombings that day is unknown");
  assert.equal(
    mergeEvents([ev("a:e1", "Marlow", "2031-05-13", 7), ev("c:e1", null, "2031-05-12", 4)]).length,
    2,
  );
});

test("mergeEvents: Kiev and Kyiv are one place", () => {
  const ev = (id: string, place: string, killed: number): Event => ({
    id,
    articleId: id.split(":")[0],
    type: "drone strike",
    place,
    date: "2031-05-13",
    killed,
    injured: null,
    span: [0, 10],
  });
  const merged = mergeEvents([
    ev("a:e1", "Kiev", 3),
    ev("b:e1", "Kyiv", 4),
    ev("c:e1", "Kharkov region", 1),
    ev("d:e1", "Kharkiv", 1),
  ]);
  assert.deepEqual(
    merged.map((m) => [m.place, m.killed, m.disputed, m.articleIds]),
    [
      ["Kiev", 3, true, ["a", "b"]],
      ["Kharkov region", 1, false, ["c", "d"]],
    ],
  );
});

test("events: a dam giving way is an incident; a toll said later in the article updates it", () => {
  const text =
    "The Tarrow Dam gave way late on Saturday, flooding the town of Wend. Eight people are confirmed dead and 30 injured, the agency said on Sunday.";
  const events = extractEvents(text, CTX);
  assert.equal(events.length, 1, JSON.stringify(events));
  assert.deepEqual(
    [events[0].type, events[0].date, events[0].killed, events[0].injured],
    ["dam failure", "2031-05-10", 8, 30],
  );
  const alone = extractEvents("Eight people are confirmed dead, the agency said on Sunday.", CTX);
  assert.deepEqual(
    alone.map((e) => [e.type, e.killed]),
    [["incident", 8]],
  );
});
