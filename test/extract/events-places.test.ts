import assert from "node:assert/strict";
import { test } from "node:test";
import { liesWithin } from "../../src/extract/events/cities.ts";
import { mergeEvents } from "../../src/extract/events/index.ts";
import { PlaceLinks } from "../../src/extract/events/links.ts";
import { placeKey } from "../../src/extract/events/place.ts";
import type { Event } from "../../src/model/index.ts";

const ev = (id: string, type: string, place: string | null, date: string | null, killed: number | null) =>
  ({
    id,
    articleId: id.split(":")[0],
    type,
    place,
    date,
    killed,
    injured: null,
    span: [0, 10],
  }) as Event;

// no report puts Athens in Greece: each names one level only
const texts = new Map([
  ["a", "A petrol bomb set a bank on fire in Athens on Wednesday, killing three employees."],
  ["b", "Three bank workers died in Greece on Wednesday when protesters threw a firebomb into their branch."],
  ["c", "The firebombing of the bank in Greece on Wednesday left three dead."],
]);

test("mergeEvents: a city and its country, never nested by the texts, are one incident by the gazetteer", () => {
  const merged = mergeEvents(
    [
      ev("a:e1", "bombing", "Athens", "2031-05-14", 3),
      ev("b:e1", "fire", "Greece", "2031-05-14", 3),
      ev("c:e1", "bombing", "Greece", "2031-05-14", 3),
    ],
    { texts },
  );
  assert.deepEqual(
    merged.map((m) => [m.place, m.alsoPlaces, m.articleIds, m.killed]),
    [["Athens", ["Greece"], ["a", "b", "c"], 3]],
  );
});

test("mergeEvents: the gazetteer joins only when type and day agree", () => {
  const otherDay = mergeEvents([
    ev("a:e1", "bombing", "Athens", "2031-05-14", 3),
    ev("b:e1", "bombing", "Greece", "2031-05-02", 1),
  ]);
  assert.equal(otherDay.length, 2);
  const otherType = mergeEvents([
    ev("a:e1", "bombing", "Athens", "2031-05-14", 3),
    ev("b:e1", "shooting", "Greece", "2031-05-14", 1),
  ]);
  assert.equal(otherType.length, 2);
  // a city of another country stays apart
  const abroad = mergeEvents([
    ev("a:e1", "bombing", "Athens", "2031-05-14", 3),
    ev("b:e1", "bombing", "Turkey", "2031-05-14", 3),
  ]);
  assert.equal(abroad.length, 2);
});

test("mergeEvents: a street in a city the text names, and that city's country, are one incident", () => {
  const t = new Map([
    ["a", "Three people died in a blaze at a bank on Varnis Street, downtown Athens, on Wednesday."],
    ["b", "A firebomb killed three people in Greece on Wednesday."],
  ]);
  const merged = mergeEvents(
    [
      ev("a:e1", "fire", "Varnis Street", "2031-05-14", 3),
      ev("a:e2", "fire", "Athens", "2031-05-14", null),
      ev("b:e1", "bombing", "Greece", "2031-05-14", 3),
    ],
    { texts: t },
  );
  assert.deepEqual(
    merged.map((m) => [m.place, m.articleIds]),
    [["Varnis Street", ["a", "b"]]],
  );
});

test("gazetteer: other names of a place share its key, and nesting goes up any depth", () => {
  assert.equal(placeKey("Mich."), placeKey("Michigan"));
  assert.equal(placeKey("U.S."), placeKey("United States"));
  assert.ok(liesWithin(placeKey("Detroit") ?? "", placeKey("U.S.") ?? ""));
  assert.ok(!liesWithin(placeKey("Greece") ?? "", placeKey("Athens") ?? ""));
  assert.ok(!liesWithin(placeKey("Tbilisi") ?? "", placeKey("U.S.") ?? ""));
});

test("PlaceLinks: a sea named beside a country does not lie in it; a city does", () => {
  const t = new Map([
    ["a", "The quake on Sunday was felt across the Gulf in the United Arab Emirates, and in Dubai."],
  ]);
  const events = [
    ev("a:e1", "disaster", "Gulf", "Sunday", 10),
    ev("a:e2", "disaster", "United Arab Emirates", "Sunday", null),
    ev("a:e3", "disaster", "Dubai", "Sunday", null),
  ];
  const links = new PlaceLinks(events, t);
  const k = (p: string) => placeKey(p) ?? "";
  assert.equal(links.near(k("Gulf"), k("UAE")), false);
  assert.equal(links.near(k("Dubai"), k("UAE")), true);
});
