import assert from "node:assert/strict";
import { test } from "node:test";
import { extractEntities, mergeStoryEntities } from "../../src/extract/entities/index.ts";

const kinds = (text: string) => extractEntities(text, "s").map((e) => `${e.kind}:${e.name}`);
/** The kind of the entity named `name` or having it as an alias ("Halvex" in "Halvex Group"). */
const kindOf = (text: string, name: string) =>
  extractEntities(text, "s").find((e) => e.name === name || e.aliases.includes(name))?.kind;

test("speakers: a one-word company that says something is an organisation, not a surname", () => {
  const cases: [string, string][] = [
    // a corporate name elsewhere in the article
    ["Halvex Group cut 300 jobs in March. Halvex said the cuts were over.", "Halvex"],
    // a noun for a body right before the name
    ["Energy giant Brenmor said on Tuesday that exports to the north had doubled.", "Brenmor"],
    ["Oslo-based Tarnova said the ferry would sail again in June.", "Tarnova"],
    // "its" close after the speech verb
    ["Tolvane said on Monday its profit fell by a third as orders slowed.", "Tolvane"],
    // a spokesman speaks for it
    ["No one was hurt, a spokesman for Quellmart said, and the store will reopen.", "Quellmart"],
    // a newspaper: "according to the Vostrel," elsewhere
    [
      "The mayor resigned, according to the Vostrel, a weekly. Vostrel reported that he left the city.",
      "Vostrel",
    ],
    // a well-known company
    ["Gazprom told reporters the pipeline had been shut since Friday.", "Gazprom"],
  ];
  for (const [text, name] of cases)
    assert.equal(kindOf(text, name), "organization", `${name}: ${kinds(text)}`);
});

test("speakers: a surname introduced in full stays a person, whatever follows it", () => {
  const text = [
    "Peter Guest, who runs the trading desk at Halvex Group, watched the shares slide.",
    "Guest said its shares would recover by the summer.",
    "Halvex said on Friday its board would meet.",
  ].join(" ");
  const es = extractEntities(text, "g");
  const guest = es.find((e) => e.name === "Peter Guest");
  assert.equal(guest?.kind, "person", kinds(text).join(", "));
  assert.equal(guest?.spans.length, 2);
  assert.ok(!es.some((e) => e.name === "Guest"), kinds(text).join(", "));
  const halvex = es.find((e) => e.name === "Halvex Group");
  assert.equal(halvex?.kind, "organization", kinds(text).join(", "));
  assert.deepEqual(halvex?.aliases, ["Halvex"]);
  assert.equal(halvex?.spans.length, 2);
});

test("speakers: a titled surname and a lone surname with no sign of a body stay people", () => {
  assert.equal(
    kindOf("Sheriff Ola Drummel arrived late. Drummel said the van was found.", "Ola Drummel"),
    "person",
  );
  assert.equal(kindOf("The guard was freed on bail. Dravic said he would appeal.", "Dravic"), "person");
  assert.equal(
    kindOf("Mr. Kessane spoke first. Kessane told the court she had no debts.", "Kessane"),
    "person",
  );
  // a known surname speaking with only a weak sign of a body
  assert.equal(
    kindOf("Halvorsen said the plan was sound. The company has not commented.", "Halvorsen"),
    "person",
  );
  // a person's descriptor is no body's; a name in capitals after a capitalised title is no acronym
  assert.equal(kindOf("Film producer Kessane said he had not read the script.", "Kessane"), "person");
  assert.equal(kindOf("Later, Mayor TREMAYNE said the roads were shut.", "TREMAYNE"), "person");
});

test("speakers: a title before a body or a place makes no person; a ship that reports is no one", () => {
  const text = [
    "The official KNA news agency said the quake hit at noon, and the governor of Tarvona said roads were shut.",
    "The crew of the MV Kessa radioed for help. The Kessa reported two boats firing at it.",
  ].join(" ");
  const ks = kinds(text);
  assert.ok(ks.includes("organization:KNA"), ks.join(", "));
  assert.ok(!ks.includes("person:Tarvona"), ks.join(", "));
  assert.ok(!ks.some((k) => /^(?:person|organization):Kessa$/.test(k)), ks.join(", "));
});

test("speakers: a company read as a person in one article is the organisation another article names", () => {
  const s = mergeStoryEntities([
    {
      articleId: "a",
      entities: extractEntities("Halvex Group shut its Dunmere plant. Halvex said 300 jobs went.", "a"),
    },
    { articleId: "b", entities: extractEntities("Halvex told reporters the plant would not reopen.", "b") },
    {
      articleId: "c",
      entities: extractEntities("Marta Quennel led the union. Quennel said the talks had failed.", "c"),
    },
    { articleId: "d", entities: extractEntities("Quennel told reporters the strike would go on.", "d") },
  ]);
  const halvex = s.filter((e) => e.name === "Halvex" || e.aliases.includes("Halvex"));
  assert.equal(halvex.length, 1, JSON.stringify(s));
  assert.equal(halvex[0].kind, "organization");
  assert.deepEqual(halvex[0].articleIds.sort(), ["a", "b"]);
  const guest = s.filter((e) => e.name === "Marta Quennel");
  assert.equal(guest.length, 1, JSON.stringify(s));
  assert.equal(guest[0].kind, "person");
  assert.deepEqual(guest[0].articleIds.sort(), ["c", "d"]);
});

test("speakers: an earlier mention of the company joins it once it speaks as one", () => {
  const text = "Shares in Tolvane fell on Monday. Tolvane said its orders had slowed since May.";
  const t = extractEntities(text, "t").find((e) => e.name === "Tolvane");
  assert.equal(t?.kind, "organization", kinds(text).join(", "));
  assert.deepEqual(
    t?.spans.map(([a, b]) => text.slice(a, b)),
    ["Tolvane", "Tolvane"],
  );
});
