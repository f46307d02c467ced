import assert from "node:assert/strict";
import { test } from "node:test";
import { extractEntities, mergeStoryEntities } from "../../src/extract/entities/index.ts";

const kinds = (text: string) => extractEntities(text, "k").map((e) => `${e.kind}:${e.name}`);

test("entity kinds: teams are organisations, not people", () => {
  const text = [
    "The Denver Harriers beat the Red Sox 5-3 on Sunday, and the Sox now trail by two games.",
    "Manager Olla Brenn said the San Diego Padres had called about Tomas Vidal.",
  ].join("\n\n");
  const ks = kinds(text);
  assert.ok(ks.includes("organization:Red Sox"), ks.join(", "));
  assert.ok(ks.includes("organization:San Diego Padres"), ks.join(", "));
  assert.ok(ks.includes("organization:Denver Harriers"), ks.join(", "));
  assert.ok(!ks.some((k) => k.startsWith("person:") && /Sox|Padres|Harriers/.test(k)), ks.join(", "));
  assert.ok(ks.includes("person:Olla Brenn"), ks.join(", "));
});

test("entity kinds: ships, roles and ordinary phrases are not people", () => {
  const text = [
    "Marine Commandos boarded the Liberian-flagged MV Corra Dell after the warship INS Talwen answered its call.",
    "Captain Ravi Dorai, Chief Public Relations Officer, said the Internationally Recognised Transit Corridor was safe.",
    "The Central Election body met, and an Assistant Chief Fire Officer inspected the Harwick Creamery.",
  ].join("\n\n");
  const people = extractEntities(text, "s")
    .filter((e) => e.kind === "person")
    .map((e) => e.name);
  assert.deepEqual(people, ["Ravi Dorai"]);
});

test("entity kinds: dates, time zones, units and capitalised words are not organisations", () => {
  const text = [
    "POSTED: MON JUL 14, 09:30 IST | HUGE FIRE AT DOCKS",
    "Crews used GPS to reach the fire, which burned 300 USD worth of cargo, the Harbour Authority (HA) said.",
    "The HA later said NATO ships had helped.",
  ].join("\n");
  const orgs = extractEntities(text, "c")
    .filter((e) => e.kind === "organization")
    .map((e) => e.name);
  assert.deepEqual(orgs.sort(), ["Harbour Authority", "NATO"]);
});

test("entity kinds: a quoted title is no name; a camel-case company is an organisation", () => {
  const ks = kinds('She starred in "Silver Harbour" and later joined TideWorks, Wella Morn said.');
  assert.ok(!ks.some((k) => k.includes("Silver Harbour")), ks.join(", "));
  assert.ok(ks.includes("organization:TideWorks"), ks.join(", "));
  assert.ok(ks.includes("person:Wella Morn"), ks.join(", "));
});

test("entities: 'Mr Guest' is Peter Guest; a headline surname read before the full name joins it", () => {
  const text =
    "Blaze: praise for Varno\n\nPeter Guest and Ilse Varno watched the blaze. Mr Guest said the roof fell.";
  const people = extractEntities(text, "g").filter((e) => e.kind === "person");
  assert.deepEqual(people.map((e) => e.name).sort(), ["Ilse Varno", "Peter Guest"]);
  assert.equal(people.find((e) => e.name === "Peter Guest")?.spans.length, 2);
  assert.equal(people.find((e) => e.name === "Peter Guest")?.title, null);
  assert.equal(people.find((e) => e.name === "Ilse Varno")?.spans.length, 2);
});

test("story entities: a lone surname joins full names that agree on given and family name", () => {
  const story = mergeStoryEntities([
    { articleId: "a", entities: extractEntities("Governor Marla Tennick spoke. Tennick left.", "a") },
    { articleId: "b", entities: extractEntities("Northland Gov.Marla Tennick waved at the crowd.", "b") },
    { articleId: "c", entities: extractEntities("Tennick said the vote was fair.", "c") },
  ]);
  const t = story.filter((e) => e.kind === "person" && /Tennick/.test(`${e.name} ${e.aliases.join(" ")}`));
  assert.equal(t.length, 1, JSON.stringify(t));
  assert.equal(t[0].name, "Marla Tennick");
  assert.deepEqual(t[0].articleIds.sort(), ["a", "b", "c"]);
});

test("entities: a title-case headline is split at its verbs and small words", () => {
  const text = [
    "Dara Quill Checks Into Harbor View Clinic After Crash",
    "Dara Quill entered the Harbor View Clinic on Friday, her lawyer said. Although Quill was hurt, she walked in.",
  ].join("\n");
  const es = extractEntities(text, "h");
  const names = es.map((e) => `${e.kind}:${e.name}`);
  assert.ok(!names.some((n) => /Checks|Although/.test(n)), names.join(", "));
  assert.equal(es.find((e) => e.name === "Dara Quill")?.spans.length, 3, names.join(", "));
  assert.ok(names.includes("organization:Harbor View Clinic"), names.join(", "));
});

test("entities: a lone given name joins the one person who has it; 'year-old' names a person", () => {
  const text =
    "Police shot 17-year-old Tavi Brook on Friday. Singer Maria Ostrova visited the family, and Maria said she was shaken.";
  const people = extractEntities(text, "y").filter((e) => e.kind === "person");
  assert.ok(
    people.some((e) => e.name === "Tavi Brook"),
    JSON.stringify(people),
  );
  const maria = people.filter((e) => /Maria/.test(e.name));
  assert.equal(maria.length, 1, JSON.stringify(maria));
  assert.equal(maria[0].spans.length, 2);
});

test("entity kinds: models, degrees and spaced initials are no organisations or people", () => {
  const text =
    "Dr Ines Kova, MD, said the flaw hit Orbix 7 and Orbix 8 users. She flew to the U. K. and met Tomas Reyes of the Harlan Highway Patrol.";
  const ks = kinds(text);
  assert.ok(!ks.some((k) => /Orbix|:MD/.test(k)), ks.join(", "));
  assert.ok(ks.includes("place:U. K."), ks.join(", "));
  assert.ok(ks.includes("organization:Harlan Highway Patrol"), ks.join(", "));
  assert.ok(ks.includes("person:Tomas Reyes"), ks.join(", "));
});
