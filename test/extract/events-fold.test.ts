import assert from "node:assert/strict";
import { test } from "node:test";
import { extractEvents, mergeEvents } from "../../src/extract/events/index.ts";
import { ev } from "./event-fixture.ts";

test("mergeEvents: a report without a place joins the incident most articles report, not a one-off mention", () => {
  const merged = mergeEvents([
    ev("a:e1", "shooting", "Dunmore", null),
    ev("b:e1", "shooting", "Dunmore", null),
    ev("c:e1", "shooting", "Halloway", null),
    ev("d:e1", "shooting", null, null),
  ]);
  assert.deepEqual(
    merged.map((m) => [m.place, m.articleIds]),
    [
      ["Dunmore", ["a", "b", "d"]],
      ["Halloway", ["c"]],
    ],
  );
  // with no placed report to join, the placeless reports are one row, not one per article
  const loose = mergeEvents([ev("a:e1", "bombing", null, null), ev("b:e1", "bombing", null, null)]);
  assert.equal(loose.length, 1);
});

test("mergeEvents: kin types at one place are one incident (a quake and the collapse it caused)", () => {
  const merged = mergeEvents([
    ev("a:e1", "disaster", "Brisa", "2031-05-11"),
    ev("b:e1", "collapse", "Brisa", null, 4),
  ]);
  assert.deepEqual(
    merged.map((m) => [m.type, m.killedReported]),
    [["disaster", [2, 4]]],
  );
  assert.equal(
    mergeEvents([ev("a:e1", "bombing", "Brisa", null), ev("b:e1", "explosion", "Brisa", null)]).length,
    1,
  );
  // a shooting and a quake are not kin
  assert.equal(
    mergeEvents([ev("a:e1", "shooting", "Brisa", null), ev("b:e1", "disaster", "Brisa", null)]).length,
    2,
  );
});

test("mergeEvents: weekdays no publication date resolved do not split an incident; two calendar days do", () => {
  const merged = mergeEvents([
    ev("a:e1", "fire", "Corran", "Friday night"),
    ev("b:e1", "fire", "Corran", "Saturday"),
  ]);
  assert.equal(merged.length, 1);
  const two = mergeEvents([
    ev("a:e1", "fire", "Corran", "2031-05-09"),
    ev("b:e1", "fire", "Corran", "2031-05-10"),
  ]);
  assert.equal(two.length, 2);
  // a resolved day names the merged row
  const named = mergeEvents([
    ev("a:e1", "fire", "Corran", "Friday"),
    ev("b:e1", "fire", "Corran", "2031-05-09"),
  ]);
  assert.equal(named[0].date, "2031-05-09");
});

test("mergeEvents: the villages a quake struck are one incident; a quake abroad is not", () => {
  const merged = mergeEvents([
    ev("a:e1", "disaster", "Tarn Valley", "2031-05-11"),
    ev("b:e1", "disaster", "Tarn Valley", "2031-05-11"),
    ev("c:e1", "disaster", "Upper Mell", null),
    ev("d:e1", "disaster", "Japan", "2031-05-11"),
    ev("e:e1", "disaster", "Kessock", "February"),
  ]);
  assert.deepEqual(
    merged.map((m) => [m.place, m.articleIds]),
    [
      ["Tarn Valley", ["a", "b", "c"]],
      ["Japan", ["d"]],
      ["Kessock", ["e"]],
    ],
  );
  // a dam fails at the dam: two dams are two incidents
  assert.equal(
    mergeEvents([ev("a:e1", "dam failure", "Orr Dam", null), ev("b:e1", "dam failure", "Vey Dam", null)])
      .length,
    2,
  );
});

test("mergeEvents: a city and the country the lexicon puts it in, named together by a source, are one incident", () => {
  const texts = new Map([
    ["a", "A bomb went off outside a bank in Lyon, France, on Tuesday, killing two."],
    ["b", "Two people died in a bombing in France on Tuesday."],
  ]);
  const e = [ev("a:e1", "bombing", "Lyon", "Tuesday"), ev("b:e1", "bombing", "France", "Tuesday")];
  assert.deepEqual(
    mergeEvents(e, { texts }).map((m) => [m.place, m.alsoPlaces]),
    [["Lyon", ["France"]]],
  );
  // no source names both: the gazetteer of cities knows Lyon is in France; a town it does not know stays apart
  assert.deepEqual(
    mergeEvents(e).map((m) => m.place),
    ["Lyon"],
  );
  const far = [ev("a:e1", "bombing", "Varne", "Tuesday"), ev("b:e1", "bombing", "France", "Tuesday")];
  assert.equal(mergeEvents(far).length, 2);
  // "Velland's Orr Peak": the possessive puts the peak in Velland
  const t2 = new Map([["a", "A climber fell from Velland's Orr Peak on Friday."]]);
  const f = [ev("a:e1", "fall", "Orr Peak", null, 1), ev("a:e2", "fall", "Velland", null, 1)];
  assert.equal(mergeEvents(f, { texts: t2 }).length, 1);
});

test("events: a past disaster named for context is background, and so is the toll told right after it", () => {
  const ctx = { articleId: "a", publishedAt: "2031-05-12T08:00:00Z", entities: [], claims: [] };
  const text =
    "An earthquake struck near Merrow on Sunday, killing 10 people. " +
    "The island was hit almost two years after the city of Dask was destroyed in a quake that killed thousands. " +
    "The last major quake to hit the region was in February, when a magnitude 6. 4 tremor shook Vell. " +
    "It killed 300 people. " +
    "Rescuers said on Monday that 12 people had died.";
  const events = extractEvents(text, ctx);
  assert.deepEqual(
    events.map((e) => [e.type, e.place, e.killed]),
    [["disaster", "Merrow", 12]],
  );
});
