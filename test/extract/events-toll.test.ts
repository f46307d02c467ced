import assert from "node:assert/strict";
import { test } from "node:test";
import { killedText } from "../../src/crosscheck/toll-text.ts";
import { extractEvents, mergeEvents } from "../../src/extract/events/index.ts";
import { tollOf } from "../../src/extract/events/toll.ts";
import type { Event } from "../../src/model/index.ts";

const quake = (articleId: string, killed: number | null, n = 1, place: string | null = "Merrow"): Event => ({
  id: `${articleId}:e${n}`,
  articleId,
  type: "disaster",
  place,
  date: "Sunday",
  killed,
  injured: null,
  span: [0, 10],
});

test("mergeEvents: a one-off figure far below or above what the other sources report does not set the toll", () => {
  // six reports of 10 dead; one misread "1" (one of the victims), one "612" (an earlier quake's toll)
  const events = [
    ...["a", "b", "c", "d", "e", "f"].map((id) => quake(id, 10)),
    quake("g", 1),
    quake("h", 612, 2),
  ];
  const [m, ...rest] = mergeEvents(events);
  assert.equal(rest.length, 0);
  assert.deepEqual(
    [m.killed, m.killedReported, m.disputed],
    [10, [1, 10, 612], true],
    "the toll is the lowest credible figure; the spread still shows",
  );
  assert.deepEqual(m.killedSetAside, [1, 612]);
  assert.equal(killedText(m), "at least 10 (reports: 1, 10, 612; outliers set aside: 1, 612)");
  // a lower figure two sources give is corroborated: the lowest, as ACLED keeps it
  const two = mergeEvents([...events, quake("i", 1)]);
  assert.equal(two[0].killed, 1);
  // a lone figure near the consensus is a fair reading, and the lowest
  const near = mergeEvents([...events, quake("j", 8)]);
  assert.equal(near[0].killed, 8);
});

test("mergeEvents: with fewer than three sources nothing outvotes a figure", () => {
  const [m] = mergeEvents([quake("a", 10), quake("b", 1)]);
  assert.deepEqual([m.killed, m.disputed], [1, true]);
  // one source repeating itself is still one source
  const [r] = mergeEvents([quake("a", 10), quake("a", 10, 2), quake("a", 10, 3), quake("b", 1)]);
  assert.equal(r.killed, 1);
});

test("tollOf: an early low figure is the toll before it rose, not an outlier", () => {
  const t = tollOf([
    { value: 3, day: "2031-05-11", source: "a" },
    { value: 10, day: "2031-05-12", source: "b" },
    { value: 10, day: "2031-05-12", source: "c" },
    { value: 11, day: "2031-05-13", source: "d" },
  ]);
  assert.deepEqual([t.lowest, t.latest, t.rising, t.outliers], [3, 11, true, []]);
  // the same 3 published after the consensus is a misread: set aside, the toll disputed
  const late = tollOf([
    { value: 10, day: "2031-05-12", source: "b" },
    { value: 10, day: "2031-05-12", source: "c" },
    { value: 10, day: "2031-05-13", source: "d" },
    { value: 3, day: "2031-05-13", source: "a" },
  ]);
  assert.deepEqual([late.lowest, late.latest, late.disputed, late.outliers], [10, 10, true, [3]]);
});

test("events: the toll of an earlier quake named for context does not set the story's toll", () => {
  const ctx = (articleId: string) => ({ articleId, publishedAt: null, entities: [], claims: [] });
  const texts = [
    "A strong earthquake struck the island of Merrow on Sunday, killing 10 people and injuring 80, officials said.",
    "Ten people were killed when an earthquake hit Merrow on Sunday, the governor said.",
    "The earthquake that hit Merrow on Sunday killed 10 people. In February, a quake of magnitude 6.4 hit the town of Dask, killing 612 people.",
    "An earthquake killed 10 people on Merrow island on Sunday. The last major quake to hit the region killed 612 in 2003.",
  ];
  const events = texts.flatMap((t, i) => extractEvents(t, ctx(`a${i}`)));
  const merged = mergeEvents(events);
  const m = merged.find((x) => x.place === "Merrow");
  assert.ok(m, JSON.stringify(merged));
  assert.deepEqual([m.killed, m.articleIds.length], [10, 4]);
  assert.ok(
    merged.every((x) => x.killed !== 612),
    `the February quake's toll is background: ${JSON.stringify(merged)}`,
  );
});

test("events: counts joined by 'and' add up; 'two more' adds to a toll and is not one", () => {
  const ctx = { articleId: "a", publishedAt: null, entities: [], claims: [] };
  const cases: [string, number | null][] = [
    ["Police said two women and one man died in the fire at the bank in Marlow on Tuesday.", 3],
    ["Two women and a man were killed when a petrol bomb set fire to a bank in Marlow on Tuesday.", 3],
    ["Five soldiers, two policemen and a civilian were killed in a bombing in Dorn on Tuesday.", 8],
    [
      "The bodies of two more victims were found in the rubble after the earthquake in Kell on Tuesday.",
      null,
    ],
    ["A bombing in Marlow on Tuesday killed tens of civilians and wounded dozens more.", 10],
  ];
  for (const [text, killed] of cases) {
    const [e] = extractEvents(text, ctx);
    assert.equal(e?.killed ?? null, killed, text);
  }
  // things counted before a casualty word are not its victims
  const [h] = extractEvents(
    "Two helicopters were evacuating injured from Kell after the earthquake on Tuesday.",
    ctx,
  );
  assert.equal(h?.injured ?? null, null);
});
