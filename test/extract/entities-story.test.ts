import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { extractEntities, mergeStoryEntities, type StoryEntity } from "../../src/extract/entities/index.ts";

const SEEDS = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "shared", "seeds");

/** A fictional story in three articles. */
const ARTICLES: [string, string][] = [
  [
    "a",
    [
      "Deputy Mayor Arjun Singh said the Kestrel Maritime Service (KMS) had closed the port in Dunmere on Monday.",
      "Leader Kim Jong Un and Defence Minister Kim Yong-chol inspected the Al-Qaeda training camp that drones hit in the Karsk region.",
      "Reporters in Los Angeles were told the United States would help.",
    ].join("\n\n"),
  ],
  [
    "b",
    [
      "Singh said the closure would last a week. The KMS added that ferries would run from Karsk instead.",
      "Kim Jong-un did not comment, and Kim was not seen in public. Officials said al Qaeda had used the camp.",
      "Military Reporters asked the US embassy in Santa Marta about the talks.",
    ].join("\n\n"),
  ],
  ["c", "Singh, who has run the port since 2019, said the KMS would review the decision."],
];

function story(): StoryEntity[] {
  return mergeStoryEntities(
    ARTICLES.map(([id, text]) => ({ articleId: id, entities: extractEntities(text, id) })),
  );
}

const named = (s: StoryEntity[], name: string) =>
  s.filter((e) => e.name === name || e.aliases.includes(name));

test("story entities: a lone surname in other articles joins the one full name that has it", () => {
  const s = story();
  const singh = named(s, "Singh");
  assert.equal(singh.length, 1, JSON.stringify(singh));
  assert.equal(singh[0].name, "Arjun Singh");
  assert.equal(singh[0].kind, "person");
  assert.equal(singh[0].title, "Deputy Mayor");
  assert.deepEqual(singh[0].articleIds, ["a", "b", "c"]);
  assert.equal(singh[0].mentions, 3);
});

test("story entities: an ambiguous family name stays apart; romanisation and hyphen variants merge", () => {
  const s = story();
  const kim = named(s, "Kim Jong Un");
  assert.equal(kim.length, 1);
  const spellings = [kim[0].name, ...kim[0].aliases];
  assert.ok(spellings.includes("Kim Jong-un") && spellings.includes("Kim Jong Un"), JSON.stringify(kim[0]));
  assert.deepEqual(kim[0].articleIds, ["a", "b"]);
  assert.equal(named(s, "Kim Yong-chol").length, 1);
  const qaeda = s.filter((e) => /qaeda/i.test(e.name));
  assert.equal(qaeda.length, 1, JSON.stringify(qaeda));
  assert.deepEqual(qaeda[0].articleIds, ["a", "b"]);
});

test("story entities: an abbreviation defined in one article resolves in the others", () => {
  const kms = named(story(), "KMS");
  assert.equal(kms.length, 1, JSON.stringify(kms));
  assert.equal(kms[0].name, "Kestrel Maritime Service");
  assert.equal(kms[0].kind, "organization");
  assert.deepEqual(kms[0].articleIds, ["a", "b", "c"]);
});

test("story entities: places with and without 'region', abbreviations of countries, no place as person", () => {
  const s = story();
  const karsk = named(s, "Karsk");
  assert.equal(karsk.length, 1, JSON.stringify(karsk));
  assert.equal(karsk[0].kind, "place");
  assert.deepEqual(karsk[0].articleIds, ["a", "b"]);
  const us = named(s, "United States");
  assert.equal(us.length, 1);
  assert.ok(us[0].aliases.includes("US"));
  for (const p of ["Los Angeles", "Santa Marta", "Dunmere"]) assert.equal(named(s, p)[0]?.kind, "place", p);
  const people = s.filter((e) => e.kind === "person").map((e) => e.name.replace("Jong-un", "Jong Un"));
  assert.deepEqual(people.sort(), ["Arjun Singh", "Kim Jong Un", "Kim Yong-chol"], "no Officials, Reporters");
});

/** Seed article i's entities. */
function seedStory(): StoryEntity[] {
  const files = readdirSync(SEEDS).filter((f) => f.endsWith(".txt"));
  return mergeStoryEntities(
    files.map((f) => ({ articleId: f, entities: extractEntities(readFileSync(join(SEEDS, f), "utf8"), f) })),
  );
}

test("seeds: surname mentions and spelling variants merge across the five articles", (t) => {
  if (!existsSync(SEEDS)) return t.skip("../shared not found");
  const s = seedStory();
  const person = (name: string) => {
    const hit = s.filter((e) => e.kind === "person" && (e.name === name || e.aliases.includes(name)));
    assert.equal(hit.length, 1, `${name}: ${JSON.stringify(hit)}`);
    return hit[0];
  };
  for (const [name, surname] of [
    ["Sabrina Singh", "Singh"],
    ["Mark Rutte", "Rutte"],
    ["Vladimir Putin", "Putin"],
  ]) {
    const e = person(name);
    assert.equal(e.name, name);
    assert.ok(e.aliases.includes(surname), name);
    assert.equal(e.articleIds.length, 5, name);
  }
  const yoon = person("Yoon Suk-yeol");
  assert.equal(yoon.name, "Yoon Suk Yeol");
  assert.equal(yoon.articleIds.length, 5);
  assert.equal(person("Lavrov").name, "Sergey Lavrov");
  // two Kims in the story: neither takes the other
  assert.notEqual(person("Kim Jong Un"), person("Kim Yong-Hyun"));
  for (const e of s.filter((x) => x.kind === "person")) {
    assert.ok(e.name.trim().includes(" "), `a person by full name: ${e.name}`);
  }
});

test("seeds: no place is tagged as a person, and the known places are places", (t) => {
  if (!existsSync(SEEDS)) return t.skip("../shared not found");
  const s = seedStory();
  const places = ["Russia", "Ukraine", "North Korea", "Kursk", "Seoul", "Pyongyang", "Moscow", "Kharkiv"];
  for (const p of places) {
    const hit = s.filter((e) => e.name === p || e.aliases.includes(p));
    assert.deepEqual(
      hit.map((e) => e.kind),
      ["place"],
      p,
    );
  }
  const kursk = s.find((e) => e.name === "Kursk");
  assert.ok(kursk?.aliases.some((a) => /Kursk (Region|Oblast)/.test(a)));
  const placeNames = new Set(s.filter((e) => e.kind === "place").flatMap((e) => [e.name, ...e.aliases]));
  for (const e of s.filter((x) => x.kind === "person")) {
    assert.ok(!placeNames.has(e.name), `${e.name} is both`);
    assert.ok(!e.name.split(/\s+/).some((w) => placeNames.has(w) && w === e.name), e.name);
  }
  const orgs = s.filter((e) => e.kind === "organization").map((e) => e.name);
  assert.ok(orgs.includes("Agence France-Presse"));
  assert.ok(!s.some((e) => /^(XS|SM|MD|LG)$/.test(e.name)), "text-size picker is not a name");
});

test("story entities: the title most articles give wins, whatever its case and spacing", () => {
  const texts = [
    "Ministry spokesperson Lina Marsh said the talks had ended.",
    "Ministry spokesperson Lina Marsh said the talks had ended.",
    "Deputy Press Secretary Lina Marsh said the talks had ended.",
    "DEPUTY PRESS SECRETARY Lina Marsh said so.",
    "On Monday deputy press\u202fsecretary Lina Marsh said the talks had ended.",
  ];
  const s = mergeStoryEntities(
    texts.map((t, i) => ({ articleId: `${i}`, entities: extractEntities(t, `${i}`) })),
  );
  const marsh = s.find((e) => e.name === "Lina Marsh");
  assert.equal(marsh?.title?.toLowerCase(), "deputy press secretary");
  assert.equal(marsh?.articleIds.length, 5);
});

test("kinds: place-shaped names, titles alone, storms, laws, ships and plural speakers", () => {
  const text = [
    "Rescuers reached Santa Rosa and Mount Tarrow after ships left the Gulf of Varna.",
    "Authorities said the Coastal Safety Act would be reviewed. Surgeon General said nothing.",
    "Hurricane Mirela hit at 4 PM ET. The INS Kestrel docked at Port Alden.",
    "Investigators said Hong Jang-won, a Seoul official, was safe.",
  ].join("\n\n");
  const es = extractEntities(text, "k");
  const kind = (n: string) => es.find((e) => e.name === n)?.kind ?? "none";
  for (const p of ["Santa Rosa", "Mount Tarrow", "Gulf of Varna", "Port Alden"])
    assert.equal(kind(p), "place", p);
  for (const n of [
    "Authorities",
    "Investigators",
    "Coastal Safety Act",
    "Surgeon General",
    "Hurricane Mirela",
    "PM ET",
    "INS Kestrel",
  ])
    assert.equal(kind(n), "none", n);
  assert.equal(kind("Hong Jang-won"), "person");
});

test("story entities: older romanisations of a place join the current one", () => {
  const s = mergeStoryEntities([
    {
      articleId: "a",
      entities: extractEntities("Drones struck Kiev overnight and hit homes in Kharkov.", "a"),
    },
    {
      articleId: "b",
      entities: extractEntities("Drones struck Kyiv and the Kharkiv region overnight.", "b"),
    },
  ]);
  for (const [old, now] of [
    ["Kiev", "Kyiv"],
    ["Kharkov", "Kharkiv"],
  ]) {
    const hit = s.filter((e) => [e.name, ...e.aliases].some((n) => n === old || n.startsWith(now)));
    assert.equal(hit.length, 1, `${old}/${now}: ${JSON.stringify(hit)}`);
    assert.deepEqual(hit[0].articleIds, ["a", "b"]);
  }
});

test("story entities: transliteration variants of a person's name merge, a lone variant surname too", () => {
  const s = mergeStoryEntities([
    {
      articleId: "a",
      entities: extractEntities("President Volodymyr Zelenskyy met Foreign Minister Sergei Lavrenko.", "a"),
    },
    {
      articleId: "b",
      entities: extractEntities("President Volodymyr Zelensky spoke. Minister Sergey Lavrenko replied.", "b"),
    },
    { articleId: "c", entities: extractEntities("Zelensky said the talks would go on.", "c") },
  ]);
  const people = s.filter((e) => e.kind === "person");
  assert.equal(people.length, 2, JSON.stringify(people));
  const zel = people.find((e) => /^Volodymyr Zelensky/.test(e.name));
  assert.deepEqual(zel?.articleIds, ["a", "b", "c"]);
  assert.deepEqual(people.find((e) => /Lavrenko/.test(e.name))?.articleIds, ["a", "b"]);
});
