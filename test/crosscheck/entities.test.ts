import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";
import { Brief } from "../../src/crosscheck/brief.ts";
import { type CrosscheckInput, crosscheck } from "../../src/crosscheck/index.ts";
import { extractEntities } from "../../src/extract/entities/index.ts";
import { extractEvents } from "../../src/extract/events/index.ts";
import { extract } from "../../src/extract/index.ts";
import type { Article, Claim, Quote } from "../../src/model/index.ts";
import { renderBriefHtml } from "../../src/report/html.ts";
import { renderBriefMarkdown } from "../../src/report/markdown.ts";

/** Three fictional reports of one port bombing from three outlets. */
const TEXTS: Record<string, string> = {
  a: [
    "A car bomb killed 17 people in central Tarnby on Tuesday, Deputy Mayor Arjun Singh said.",
    "The National Intelligence Service (NIS) said it had warned of an attack. Defence Minister Kim Yong-chol and Leader Kim Sol Bae visited the port.",
  ].join("\n\n"),
  b: [
    "Dozens of people were killed in a bombing in Tarnby on Tuesday.",
    '"We will rebuild the harbour before winter," Singh said. The NIS said the bomber had acted alone.',
    '"The port stays open," Kim said.',
  ].join("\n\n"),
  c: "A bombing in Tarnby on Tuesday killed 14 people and injured 30, the Harbour Gazette reported. Singh, who has led the city since 2022, said the NIS was investigating.",
};

const OUTLETS: Record<string, string> = { a: "Northgate Wire", b: "Harbour Gazette", c: "Valley Post" };

function article(id: string): Article {
  return {
    id,
    source: `${id}.txt`,
    outlet: OUTLETS[id],
    title: `Report ${id}`,
    author: null,
    publishedAt: "2031-05-14T09:00:00Z",
    modifiedAt: null,
    url: null,
    language: "en",
    text: TEXTS[id],
    removed: [],
    contentHash: id,
    isArticle: true,
  };
}

function quote(id: string, articleId: string, words: string, speaker: string): Quote {
  const start = TEXTS[articleId].indexOf(words);
  assert.ok(start >= 0, words);
  return {
    id,
    articleId,
    kind: "direct",
    text: words,
    span: [start, start + words.length],
    speaker: { name: speaker, title: null, mention: speaker, span: null },
    cue: null,
    group: null,
    altered: false,
  };
}

function claim(id: string, articleId: string, words: string, claimant: string): Claim {
  const start = TEXTS[articleId].indexOf(words);
  return {
    id,
    articleId,
    value: 2,
    valueMax: null,
    qualifier: "exact",
    unit: null,
    what: "bombers",
    claimant,
    when: null,
    span: [start, start + words.length],
    group: null,
  };
}

function input(withEntities: boolean): CrosscheckInput {
  const ids = ["a", "b", "c"];
  const articles = ids.map(article);
  const ctx = (id: string) => ({
    articleId: id,
    publishedAt: "2031-05-14T09:00:00Z",
    entities: [],
    claims: [],
  });
  return {
    articles,
    stories: [
      {
        id: "s1",
        title: "Tarnby port bombing",
        articleIds: ids,
        start: null,
        end: null,
        outlets: [],
        people: [],
        places: [],
        organizations: [],
        mergedFrom: [],
      },
    ],
    relations: [],
    quotes: [
      quote("b:q1", "b", "We will rebuild the harbour before winter", "Singh"),
      quote("b:q2", "b", "The port stays open", "Kim"),
    ],
    claims: [
      claim("b:c1", "b", "the bomber had acted alone", "the NIS"),
      claim("a:c1", "a", "it had warned of an attack", "National Intelligence Service"),
    ],
    events: ids.flatMap((id) => extractEvents(TEXTS[id], ctx(id))),
    entities: withEntities ? ids.flatMap((id) => extractEntities(TEXTS[id], id)) : undefined,
  };
}

test("brief: people, organisations and places merged across the story's articles", () => {
  for (const withEntities of [true, false]) {
    const b = crosscheck(input(withEntities)).briefs[0];
    const singh = b.people.find((p) => p.name === "Arjun Singh");
    assert.ok(singh, JSON.stringify(b.people));
    assert.equal(singh.title, "Deputy Mayor");
    assert.deepEqual(singh.articleIds, ["a", "b", "c"]);
    assert.ok(singh.aliases.includes("Singh"));
    const nis = b.organizations.find((o) => o.name === "National Intelligence Service");
    assert.deepEqual(nis?.articleIds, ["a", "b", "c"]);
    assert.deepEqual(
      b.places.map((p) => p.name),
      ["Tarnby"],
    );
    assert.ok(!b.people.some((p) => p.name === "Harbour Gazette"), "an outlet is not a person");
  }
});

test("brief: a surname or abbreviation in one article resolves to the name another article gives", () => {
  const b = crosscheck(input(true)).briefs[0];
  const speakers = b.whoSaid.map((s) => s.speaker);
  assert.ok(speakers.includes("Arjun Singh"), speakers.join(" | "));
  // two Kims in the story: the lone "Kim" is not given to either
  assert.ok(speakers.includes("Kim"), speakers.join(" | "));
  const claimants = b.figures.flatMap((f) => f.entries.map((e) => e.claimant));
  assert.deepEqual([...new Set(claimants)], ["National Intelligence Service"]);
});

test("brief: the story's incident merged across sources, lowest toll kept, dispute flagged", () => {
  const b = Brief.parse(JSON.parse(JSON.stringify(crosscheck(input(true)).briefs[0])));
  assert.equal(b.events.length, 1, JSON.stringify(b.events));
  const e = b.events[0];
  assert.deepEqual(
    [e.type, e.place, e.date, e.killed, e.injured, e.killedReported, e.disputed, e.articleIds],
    ["bombing", "Tarnby", "2031-05-13", 12, 30, [12, 14, 17], true, ["a", "b", "c"]],
  );
  const tl = b.timeline.filter((t) => t.kind === "event");
  assert.deepEqual(
    tl.map((t) => t.text),
    ["bombing in Tarnby; killed: at least 12 (reports: 12, 14, 17); injured: 30"],
  );
});

test("briefs render the events and the named entities", () => {
  const data = input(true);
  const b = crosscheck(data).briefs[0];
  const md = renderBriefMarkdown(b, data.articles);
  assert.match(
    md,
    /^\| 2031-05-13 \| bombing \*\*\(disputed\)\*\* \| Tarnby \| at least 12 \(reports: 12, 14, 17\) \| 30 \| /m,
  );
  assert.match(md, /^- Arjun Singh, Deputy Mayor \(also Singh; 3 articles\)$/m);
  assert.match(md, /^Places: Tarnby \(3\)$/m);
  const { document } = parseHTML(renderBriefHtml([b], data.articles));
  const row = document.querySelector("#events-1 table.events tr.disputed");
  assert.ok(row, "disputed event row");
  assert.deepEqual(
    Array.from(row.querySelectorAll("td")).map((td) => td.getAttribute("data-label")),
    ["Date", "Event", "Place", "Killed", "Injured", "Reported by"],
  );
  assert.match(row.querySelectorAll("td")[3].textContent ?? "", /at least 12/);
  assert.match(document.querySelector("#named-1")?.textContent ?? "", /Arjun Singh, Deputy Mayor/);
});

test("a brief stored before these fields existed still parses and renders", () => {
  const data = input(true);
  const b = crosscheck(data).briefs[0] as Partial<Brief>;
  const old = { ...b };
  delete old.events;
  delete old.people;
  delete old.organizations;
  delete old.places;
  assert.deepEqual(Brief.parse(old).events, []);
  const md = renderBriefMarkdown(old as Brief, data.articles);
  assert.match(md, /_No attacks or incidents found\._/);
  assert.match(renderBriefHtml([old as Brief], data.articles), /No names found/);
});

const SEEDS = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "shared", "seeds");

test("seeds: the brief names people by full name, no place as a person, speakers resolved", (t) => {
  if (!existsSync(SEEDS)) return t.skip("../shared not found");
  const files = readdirSync(SEEDS).filter((f) => f.endsWith(".txt"));
  const articles = files.map((f) => ({
    ...article("a"),
    id: f,
    source: f,
    outlet: null,
    text: readFileSync(join(SEEDS, f), "utf8"),
  }));
  const xs = articles.map((a) => extract({ id: a.id, text: a.text, publishedAt: null }));
  const b = crosscheck({
    articles,
    stories: [{ ...input(true).stories[0], articleIds: articles.map((a) => a.id) }],
    relations: [],
    quotes: xs.flatMap((x) => x.quotes),
    claims: xs.flatMap((x) => x.claims),
    events: xs.flatMap((x) => x.events),
    entities: xs.flatMap((x) => x.entities),
  }).briefs[0];
  const singh = b.people.find((p) => p.name === "Sabrina Singh");
  assert.equal(singh?.articleIds.length, 5);
  assert.ok(singh?.aliases.includes("Singh"));
  const places = new Set(b.places.flatMap((p) => [p.name, ...p.aliases]));
  for (const p of ["Kursk", "Seoul", "Pyongyang", "Moscow", "Kyiv", "North Korea"])
    assert.ok(places.has(p), p);
  for (const p of b.people) {
    assert.ok(!places.has(p.name), `${p.name} is a place`);
    assert.ok(/\s/.test(p.name), `full name: ${p.name}`);
  }
  const speakers = b.whoSaid.map((s) => s.speaker);
  for (const surname of ["Singh", "Rutte", "Putin", "Yoon"]) assert.ok(!speakers.includes(surname), surname);
  assert.ok(speakers.includes("Sabrina Singh"));
});
