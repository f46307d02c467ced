import assert from "node:assert/strict";
import { test } from "node:test";
import { extractEntities } from "../../src/extract/entities/index.ts";

const TEXT = [
  "Northland Prime Minister Kim Sol-ah met Interior Minister Petra Haldane in Lisbon on Monday.",
  "The Northland Security Agency (NSA) said it had tracked the convoy.",
  "Haldane said Kim Sol Ah had agreed. The NSA later confirmed the talks in Portugal.",
].join("\n\n");

test("entities: people with titles, surname and romanisation aliases merged", () => {
  const es = extractEntities(TEXT, "a");
  const haldane = es.find((e) => e.name === "Petra Haldane");
  assert.ok(haldane);
  assert.equal(haldane.kind, "person");
  assert.equal(haldane.title, "Interior Minister");
  assert.equal(haldane.spans.length, 2);
  const kim = es.filter((e) => e.kind === "person" && /Kim/.test(e.name));
  assert.equal(kim.length, 1, JSON.stringify(kim));
  assert.ok(kim[0].aliases.some((a) => a === "Kim Sol Ah"));
});

test("entities: abbreviation defined in the text is an alias", () => {
  const es = extractEntities(TEXT, "a");
  const nsa = es.find((e) => e.name === "Northland Security Agency");
  assert.ok(nsa);
  assert.equal(nsa.kind, "organization");
  assert.ok(nsa.aliases.includes("NSA"));
  assert.equal(nsa.spans.length, 3);
});

test("entities: places and deterministic ids", () => {
  const es = extractEntities(TEXT, "a");
  for (const p of ["Lisbon", "Portugal"]) assert.equal(es.find((e) => e.name === p)?.kind, "place", p);
  assert.deepEqual(
    es.map((e) => e.id),
    es.map((_, i) => `a:e${i + 1}`),
  );
  for (const e of es) for (const s of e.spans) assert.ok(TEXT.slice(s[0], s[1]).length > 0);
});

test("entities: hyphenated and spaced romanisations of one name merge", () => {
  const t = "President Moon Jae-in spoke first. Later Moon Jae In thanked the crowd, and Moon left.";
  const moon = extractEntities(t, "b").filter((e) => e.kind === "person");
  assert.equal(moon.length, 1, JSON.stringify(moon));
  assert.equal(moon[0].spans.length, 3);
});

test("entities: the romanisation variants named in the issue merge", () => {
  const t =
    "Leader Kim Jong Un inspected the plant. Later Kim Jong-un left.\n\nPresident Yoon Suk Yeol replied. Yoon Suk-yeol then flew home, and Yoon spoke again.";
  const people = extractEntities(t, "c").filter((e) => e.kind === "person");
  const kim = people.filter((e) => /^Kim/.test(e.name));
  const yoon = people.filter((e) => /^Yoon/.test(e.name));
  assert.equal(kim.length, 1, JSON.stringify(kim));
  assert.equal(kim[0].spans.length, 2);
  assert.equal(yoon.length, 1, JSON.stringify(yoon));
  assert.equal(yoon[0].spans.length, 3);
  assert.equal(yoon[0].title, "President");
});

test("entities: a byline's writer is not in the story; a dateline's city is a place", () => {
  const text = [
    "Flood closes the Tarn valley road",
    "By Oskar Vell, Ridge Gazette",
    "",
    "BRELLIN, June 4 (Ridge Wire) - Floodwater closed the only road into the Tarn valley on Tuesday, the mayor, Ilse Maro, said.",
  ].join("\n");
  const es = extractEntities(text, "d");
  const names = es.map((e) => `${e.kind}:${e.name}`);
  assert.ok(!names.some((n) => n.includes("Oskar Vell")), names.join(", "));
  assert.ok(names.includes("place:BRELLIN") || names.includes("place:Brellin"), names.join(", "));
  assert.ok(names.includes("person:Ilse Maro"), names.join(", "));
});
