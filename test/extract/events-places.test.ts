import assert from "node:assert/strict";
import { test } from "node:test";
import { liesWithin } from "../../src/extract/events/cities.ts";
import { mergeEvents } from "../../src/extract/events/index.ts";
import { PlaceLinks } from "../../src/extract/events/links.ts";
import { placeKey } from "../../src/extract/events/place.ts";
import { ev } from "./event-fixture.ts";

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

test("mergeEvents: one street however reports call it, and a neighbourhood a report puts before its borough", () => {
  const e = (id: string, place: string, date: string | null) => ev(id, "shooting", place, date, 1);
  const streets = mergeEvents([
    e("a:e1", "Varnis Street", "Saturday"),
    e("b:e1", "Varnis Avenue", "Saturday"),
    e("c:e1", "Varnis", null),
  ]);
  assert.deepEqual(
    streets.map((m) => m.articleIds),
    [["a", "b", "c"]],
  );
  const t = new Map([
    ["a", "A teenager was shot dead in Kellerton, Brooklyn, on Saturday night."],
    ["b", "Police in Brooklyn said the boy was shot on Saturday night."],
  ]);
  const hood = [e("a:e1", "Kellerton", "Saturday night"), e("b:e1", "Brooklyn", "Saturday night")];
  assert.deepEqual(
    mergeEvents(hood, { texts: t }).map((m) => [m.place, m.alsoPlaces]),
    [["Kellerton", ["Brooklyn"]]],
  );
  // two places the gazetteer knows, listed: no nesting
  const list = new Map([
    ["a", "Shootings in Detroit, Seattle and Brooklyn on Saturday night left three dead."],
  ]);
  const three = [e("a:e1", "Detroit", "Saturday night"), e("a:e2", "Seattle", "Saturday night")];
  assert.equal(mergeEvents(three, { texts: list }).length, 2);
});

test("mergeEvents: a street in an article whose only town is named lies in that town", () => {
  const t = new Map([
    ["a", "A woman was stabbed to death in Marlow. She was found at the Orchard Street apartment."],
    ["b", "Police in Marlow charged a man with the stabbing."],
  ]);
  const merged = mergeEvents(
    [
      ev("a:e1", "stabbing", "Marlow", "2031-05-14", 1),
      ev("a:e2", "stabbing", "Orchard Street", null, 1),
      ev("b:e1", "stabbing", "Marlow", null, 1),
    ],
    { texts: t },
  );
  assert.deepEqual(
    merged.map((m) => [m.place, m.articleIds]),
    [["Orchard Street", ["a", "b"]]],
  );
});
