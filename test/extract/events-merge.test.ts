import assert from "node:assert/strict";
import { test } from "node:test";
import { killedText } from "../../src/crosscheck/toll-text.ts";
import { extractEvents, mergeEvents } from "../../src/extract/events/index.ts";
import { extract } from "../../src/extract/index.ts";
import type { Event } from "../../src/model/index.ts";

const ctx = (articleId: string, publishedAt: string) => ({
  articleId,
  publishedAt,
  entities: [],
  claims: [],
});

test("events: the day a toll rose or was said is not the day of the incident", () => {
  const a = extract({
    id: "a",
    text: "The number of people missing after the Tarrow Dam gave way near Wend rose to 40 on Monday, the agency said.",
    publishedAt: "2031-05-13T09:00:00Z",
  }).events;
  assert.deepEqual([a[0]?.type, a[0]?.place, a[0]?.date], ["dam failure", "Wend", null]);
  const b = extractEvents(
    "The agency said on Monday that 12 people had died in the flooding that followed the collapse of the Tarrow Dam.",
    ctx("b", "2031-05-13T09:00:00Z"),
  );
  assert.deepEqual([b[0]?.date, b[0]?.killed], [null, 12]);
  const c = extractEvents(
    "WENDAL, May 12 (Coastline) - The Tarrow Dam gave way late on Saturday, flooding the town of Wend.",
    ctx("c", "2031-05-12T09:00:00Z"),
  );
  assert.equal(c[0]?.date, "2031-05-10", "the dateline is the filing day");
});

test("events: an incident named again without a place is the article's one incident of its type", () => {
  const text =
    "The Tarrow Dam gave way on Saturday. Residents of Wend spent Sunday clearing mud after the dam failed late on Saturday night.";
  assert.equal(extractEvents(text, ctx("a", "2031-05-12T09:00:00Z")).length, 1);
});

const texts = new Map([
  ["a", "The Tarrow Dam in southern Velmia gave way on Saturday. Six people died."],
  ["b", "Wend counts its dead after the Tarrow Dam gives way."],
  ["c", "The toll after the Tarrow Dam collapse rose again."],
]);
const ev = (articleId: string, place: string | null, killed: number): Event => ({
  id: `${articleId}:e1`,
  articleId,
  type: "dam failure",
  place,
  date: articleId === "a" ? "2031-05-10" : null,
  killed,
  injured: null,
  span: [0, 20],
});

test("mergeEvents: a place and the region the text puts it in are one incident, named by the precise one", () => {
  const [m, ...rest] = mergeEvents([ev("a", "Velmia", 6), ev("b", "Tarrow Dam", 6)], { texts });
  assert.equal(rest.length, 0);
  assert.deepEqual(
    [m.place, m.alsoPlaces, m.date, m.articleIds],
    ["Tarrow Dam", ["Velmia"], "2031-05-10", ["a", "b"]],
  );
  // without the text saying so, two places stay two incidents
  assert.equal(mergeEvents([ev("a", "Velmia", 6), ev("b", "Tarrow Dam", 6)]).length, 2);
});

test("mergeEvents: a toll rising day by day is an update; the latest figure is shown", () => {
  const published = new Map([
    ["a", "2031-05-11T08:00:00Z"],
    ["b", "2031-05-12T08:00:00Z"],
    ["c", "2031-05-13T08:00:00Z"],
  ]);
  const [m] = mergeEvents([ev("a", "Tarrow Dam", 6), ev("b", "Tarrow Dam", 9), ev("c", null, 12)], {
    texts,
    published,
  });
  assert.deepEqual(
    [m.killed, m.killedLatest, m.updated, m.disputed, m.killedReported],
    [6, 12, true, false, [6, 9, 12]],
  );
  assert.equal(killedText(m), "12 (latest, 2031-05-13; earlier 6 on 2031-05-11; 9 on 2031-05-12)");
});

test("mergeEvents: reports of one day that differ, or a later lower toll, are disputed", () => {
  const sameDay = new Map([
    ["a", "2031-05-11T08:00:00Z"],
    ["b", "2031-05-12T08:00:00Z"],
    ["c", "2031-05-12T15:00:00Z"],
  ]);
  const [m] = mergeEvents([ev("a", "Tarrow Dam", 6), ev("b", "Tarrow Dam", 9), ev("c", "Tarrow Dam", 12)], {
    published: sameDay,
  });
  assert.deepEqual([m.killedLatest, m.updated, m.disputed], [9, true, true]);
  assert.equal(killedText(m), "at least 9 (2031-05-12 reports: 9, 12; earlier 6 on 2031-05-11)");
  const down = new Map([
    ["a", "2031-05-11T08:00:00Z"],
    ["b", "2031-05-12T08:00:00Z"],
  ]);
  const [d] = mergeEvents([ev("a", "Tarrow Dam", 9), ev("b", "Tarrow Dam", 6)], { published: down });
  assert.deepEqual([d.disputed, killedText(d)], [true, "at least 6 (reports: 6, 9)"]);
});

test("mergeEvents: a report without a place joins the one incident of its type reported for its day", () => {
  const at = (id: string, place: string | null, date: string | null): Event => ({
    id: `${id}:e1`,
    articleId: id,
    type: "attack",
    place,
    date,
    killed: null,
    injured: null,
    span: [0, 5],
  });
  const merged = mergeEvents([
    at("a", "Karsk region", "August"),
    at("b", "Wend", null),
    at("c", null, "August"),
  ]);
  assert.deepEqual(
    merged.map((m) => [m.place, m.articleIds]),
    [
      ["Karsk region", ["a", "c"]],
      ["Wend", ["b"]],
    ],
  );
});

test("mergeEvents: two cities in one country stay two incidents; the country alone joins neither", () => {
  const t = new Map([["a", "Drones hit Varna in eastern Velmia and Osk in eastern Velmia on Tuesday."]]);
  const e = (id: string, place: string): Event => ({
    id: `a:${id}`,
    articleId: "a",
    type: "drone strike",
    place,
    date: "2031-05-13",
    killed: null,
    injured: null,
    span: [0, 10],
  });
  const merged = mergeEvents([e("e1", "Varna"), e("e2", "Osk"), e("e3", "Velmia")], { texts: t });
  assert.deepEqual(
    merged.map((m) => m.place),
    ["Varna", "Osk", "Velmia"],
  );
  const one = mergeEvents([e("e1", "Varna"), e("e3", "Velmia")], { texts: t });
  assert.deepEqual(
    one.map((m) => [m.place, m.alsoPlaces]),
    [["Varna", ["Velmia"]]],
  );
});
