// The demo corpus (samples/demo) as the upstream stages should see it, written by hand from the
// corpus README: articles, stories, reuse relations, quotes with resolved speakers, claims.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Article, Claim, Qualifier, Quote, Relation, Story } from "../../src/model/index.ts";

export const DEMO_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../samples/demo");

interface ManifestRow {
  file: string;
  outlet: string;
  title: string;
  publishedAt: string;
}

export const W = "01-northwind-wire";
export const REPRINT = "02-harbour-courier-reprint";
export const S1 = "03-valley-sentinel-v1";
export const S2 = "04-valley-sentinel-v2";
export const SPUN = "05-quickfeed-spun";
export const EPR = "06-esterra-public-radio";
export const REWRITE = "07-meridian-post-rewrite";
export const FERRY = "08-harbour-courier-ferry-strike";

export function demoArticles(): Article[] {
  const manifest = JSON.parse(readFileSync(join(DEMO_DIR, "manifest.json"), "utf8")) as ManifestRow[];
  return manifest.map((m) => ({
    id: m.file.replace(/\.txt$/, ""),
    source: `samples/demo/${m.file}`,
    outlet: m.outlet,
    title: m.title,
    author: null,
    publishedAt: m.publishedAt,
    modifiedAt: null,
    url: null,
    language: "en",
    text: readFileSync(join(DEMO_DIR, m.file), "utf8"),
    removed: [],
    contentHash: m.file,
    isArticle: true,
  }));
}

export const DAM_STORY: Story = {
  id: "s-dam",
  title: "Korvel Dam breach in northern Esterra",
  articleIds: [W, REPRINT, S1, S2, SPUN, EPR, REWRITE],
  start: "2026-03-08",
  end: "2026-03-09",
  outlets: [],
  people: [],
  places: [],
  organizations: [],
  mergedFrom: [],
};

export const FERRY_STORY: Story = {
  ...DAM_STORY,
  id: "s-ferry",
  title: "Calvora ferry strike",
  articleIds: [FERRY],
};

/** Paragraph spans of a text (blank-line separated), without chrome lines shorter than 60 chars. */
function paragraphs(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text))
    if (m[0].length >= 60) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * Passages as the reuse stage aligns them: identical body paragraphs, or for a spun copy (same
 * paragraph order, other words) the body paragraphs in order.
 */
function passages(articles: Article[], a: string, b: string, inOrder: boolean): Relation["passages"] {
  const ta = articles.find((x) => x.id === a)?.text ?? "";
  const tb = articles.find((x) => x.id === b)?.text ?? "";
  const pa = paragraphs(ta);
  const pb = paragraphs(tb);
  if (inOrder) return pa.slice(0, Math.min(pa.length, pb.length)).map((p, i) => ({ a: p, b: pb[i] }));
  const out: Relation["passages"] = [];
  for (const p of pa) {
    const q = pb.find((x) => tb.slice(x[0], x[1]) === ta.slice(p[0], p[1]));
    if (q) out.push({ a: p, b: q });
  }
  return out;
}

export function demoRelations(articles: Article[] = demoArticles()): Relation[] {
  const rel = (a: string, b: string, kind: Relation["kind"], derived: string | null): Relation => ({
    a,
    b,
    kind,
    derived,
    score: 0.9,
    passages: kind === "rewrite" ? [] : passages(articles, a, b, kind === "spin"),
  });
  return [
    rel(W, REPRINT, "duplicate", REPRINT),
    rel(W, SPUN, "spin", SPUN),
    rel(W, REWRITE, "rewrite", REWRITE),
    rel(S1, S2, "version", S2),
  ];
}

type Kind = Quote["kind"];
// [article, quoted words, speaker name as resolved, mention, title, kind]
type QuoteRow = [string, string, string, string, string | null, Kind?];

const BRANDT_T = "head of the Civil Protection Agency";
const WATER = "The water came down the valley faster than any of our models predicted,";
const SEARCH = "We are searching every house along the river, and we will not stop tonight.";
const NOBODY = "Nobody will be protected by their rank or their office,";
const ROAR = "I heard a roar like a train, and then the street was a river,";
const STAIRS = "By the time I reached the stairs, the ovens were under water.";
const MINISTRY = "The ministry is counting only the houses in Miravost. Up the valley whole farms are gone,";
const SZEMKO_T = "chairman of the Lusk Valley Farmers' Union";

const wireQuotes = (id: string): QuoteRow[] => [
  [id, WATER, "Anika Brandt", "Anika Brandt", BRANDT_T],
  [id, SEARCH, "Anika Brandt", "Anika Brandt", BRANDT_T],
  [id, "rescue teams had reached the village of Pellin by boat", "Anika Brandt", "Brandt", null, "indirect"],
  [
    id,
    "the government would open an independent inquiry",
    "Tomas Oreval",
    "Tomas Oreval",
    "Interior Minister",
    "indirect",
  ],
  [id, NOBODY, "Oreval", "Oreval", null],
];

const QUOTES: QuoteRow[] = [
  ...wireQuotes(W),
  ...wireQuotes(REPRINT),
  [
    SPUN,
    "The water got here down the vale quicker than any of our fashions anticipated,",
    "Anika Brandt",
    "Anika Brandt",
    BRANDT_T,
  ],
  [
    SPUN,
    "We're looking each home alongside the stream, and we won't cease this night.",
    "Anika Brandt",
    "Anika Brandt",
    BRANDT_T,
  ],
  [SPUN, "No one will likely be shielded by their rank or their workplace,", "Oreval", "Oreval", null],
  [S1, WATER, "Anika Brandt", "Anika Brandt", "who leads the agency"],
  [S1, ROAR, "Jonah Petrik", "he", "baker"],
  [S1, STAIRS, "Jonah Petrik", "he", "baker"],
  [S1, MINISTRY, "Pavel Szemko", "Szemko", SZEMKO_T],
  [
    S1,
    "We raised the spillway in three council meetings and nobody listened,",
    "Hana Ruzic",
    "Hana Ruzic",
    "councillor",
  ],
  [S2, "Dunmere was worse than we feared,", "Anika Brandt", "Anika Brandt", "who leads the agency"],
  [S2, "Some families were on their roofs for thirty hours.", "Anika Brandt", "she", null],
  [S2, WATER, "Brandt", "Brandt", null],
  [S2, ROAR, "Jonah Petrik", "he", "baker"],
  [S2, STAIRS, "Jonah Petrik", "he", "baker"],
  [S2, MINISTRY, "Pavel Szemko", "Szemko", SZEMKO_T],
  [EPR, NOBODY, "Tomas Oreval", "he", "Interior Minister"],
  [EPR, "They have not been up the valley yet,", "Pavel Szemko", "he", SZEMKO_T],
  [
    EPR,
    "the company was cooperating fully with investigators",
    "Ines Marlow",
    "Ines Marlow",
    "spokeswoman",
    "indirect",
  ],
  [REWRITE, "The water came down the valley faster than predicted,", "Brandt", "Brandt", null],
  [REWRITE, "Nobody will be protected by their rank,", "Oreval", "Oreval", null],
  [
    FERRY,
    "We have asked for the same rate as the dock crews for three years,",
    "Selma Dorn",
    "Selma Dorn",
    null,
  ],
];

// [article, words holding the figure, value, qualifier, what, claimant, when]
type ClaimRow = [string, string, number, Qualifier, string, string | null, string | null];

const wireClaims = (id: string): ClaimRow[] => [
  [
    id,
    "At least 40 people are missing",
    40,
    "at least",
    "people missing",
    "the Civil Protection Agency",
    "Sunday",
  ],
  [id, "six are confirmed dead", 6, "exact", "confirmed dead", "the Civil Protection Agency", "Sunday"],
  [id, "40 people were still unaccounted for", 40, "exact", "people unaccounted for", "Brandt", null],
  [id, "120 homes had been destroyed", 120, "exact", "homes destroyed", "The Interior Ministry", null],
  [id, "about 2,500 residents", 2500, "about", "residents moved to shelters", "The Interior Ministry", null],
];

const CLAIMS: ClaimRow[] = [
  ...wireClaims(W),
  ...wireClaims(REPRINT),
  [
    SPUN,
    "A minimum of 40 individuals are lacking",
    40,
    "at least",
    "individuals lacking",
    "Civil Protection Agency",
    "Sunday",
  ],
  [SPUN, "six are verified useless", 6, "exact", "verified useless", "Civil Protection Agency", "Sunday"],
  [SPUN, "120 properties had been ruined", 120, "exact", "properties ruined", "The Interior Ministry", null],
  [
    SPUN,
    "about 2,500 residents",
    2500,
    "about",
    "residents moved to shelters",
    "The Interior Ministry",
    null,
  ],
  [
    S1,
    "At least 40 people are missing",
    40,
    "at least",
    "people missing",
    "the Civil Protection Agency",
    null,
  ],
  [S1, "six are confirmed dead", 6, "exact", "confirmed dead", "the Civil Protection Agency", null],
  [S1, "at least 300 homes had been destroyed", 300, "at least", "homes destroyed", "Pavel Szemko", null],
  [S1, "the 120 counted by the Interior Ministry", 120, "exact", "homes", "Interior Ministry", null],
  [S1, "by 4 metres", 4, "exact", "reservoir lowering recommended", "inspection report", null],
  [S2, "rose to 75 on Monday", 75, "exact", "people missing", "the Civil Protection Agency", "Monday"],
  [S2, "Nine people are now confirmed dead", 9, "exact", "people confirmed dead", "the agency", "Monday"],
  [S2, "at least 300 homes had been destroyed", 300, "at least", "homes destroyed", "Pavel Szemko", null],
  [S2, "the 120 counted by the Interior Ministry", 120, "exact", "homes", "Interior Ministry", null],
  [EPR, "12 people had died", 12, "exact", "people died", "The Civil Protection Agency", "Monday"],
  [
    EPR,
    "75 people were still missing",
    75,
    "exact",
    "people missing",
    "The Civil Protection Agency",
    "Monday",
  ],
  [EPR, "destroyed homes at 120", 120, "exact", "destroyed homes", "The Interior Ministry", null],
  [EPR, "300 homes had been lost", 300, "exact", "homes lost", "Pavel Szemko", null],
  [REWRITE, "40 people are missing", 40, "exact", "people missing", "the Civil Protection Agency", "Sunday"],
  [
    REWRITE,
    "six have been confirmed dead",
    6,
    "exact",
    "confirmed dead",
    "the Civil Protection Agency",
    "Sunday",
  ],
  [REWRITE, "120 homes had been destroyed", 120, "exact", "homes destroyed", "The Interior Ministry", null],
  [REWRITE, "about 2,500 residents", 2500, "about", "people in shelters", "The Interior Ministry", null],
  [FERRY, "About 2,000 ferry workers", 2000, "about", "ferry workers on strike", null, "Monday"],
  [FERRY, "14 of its 22 vessels", 14, "exact", "vessels idle", "The Calvora Port Authority", null],
];

function spanOf(text: string, words: string, where: string): [number, number] {
  const i = text.indexOf(words);
  if (i < 0) throw new Error(`fixture: "${words}" not found in ${where}`);
  return [i, i + words.length];
}

export function demoQuotes(articles: Article[]): Quote[] {
  const text = new Map(articles.map((a) => [a.id, a.text]));
  return QUOTES.map(([articleId, words, name, mention, title, kind], i) => {
    const t = text.get(articleId) ?? "";
    const span = spanOf(t, words, articleId);
    const m = t.indexOf(mention, span[1]);
    return {
      id: `q${i + 1}`,
      articleId,
      kind: kind ?? "direct",
      text: words,
      span,
      speaker: { name, title, mention, span: m >= 0 ? [m, m + mention.length] : null },
      cue: null,
      group: null,
      altered: false,
    };
  });
}

export function demoClaims(articles: Article[]): Claim[] {
  const text = new Map(articles.map((a) => [a.id, a.text]));
  return CLAIMS.map(([articleId, words, value, qualifier, what, claimant, when], i) => ({
    id: `c${i + 1}`,
    articleId,
    value,
    valueMax: null,
    qualifier,
    unit: /metres/.test(words) ? "metres" : null,
    what,
    claimant,
    when,
    span: spanOf(text.get(articleId) ?? "", words, articleId),
    group: null,
  }));
}

/** The whole cross-check input for the demo corpus. */
export function demoInput() {
  const articles = demoArticles();
  return {
    articles,
    stories: [DAM_STORY, FERRY_STORY],
    relations: demoRelations(articles),
    quotes: demoQuotes(articles),
    claims: demoClaims(articles),
    events: [
      {
        id: "e1",
        articleId: W,
        type: "dam failure",
        place: "Miravost",
        date: "2026-03-07",
        killed: 6,
        injured: null,
        span: spanOf(articles[0].text, "The Korvel Dam in northern Esterra gave way", W),
      },
    ],
  };
}
