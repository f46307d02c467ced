/**
 * Brief generation speed: `crosscheck()` plus the Markdown and HTML renderers for one synthetic
 * story of N articles (default 50): 10 independent origins, each an original with reprints, an
 * update, a spun copy and a rewrite; ~12 quotes and ~12 figures per article, with altered quotes,
 * conflicting and changing figures. Prints median and p95 (wall and CPU time) over the runs; the bar
 * applies to the wall-time median.
 * Usage: tsx bench/brief.ts [--articles 50] [--runs 30] [--max-ms 200]
 */
import { parseArgs } from "node:util";
import { type CrosscheckInput, crosscheck } from "../src/crosscheck/index.ts";
import type { Article, Claim, Quote, Relation } from "../src/model/index.ts";
import { renderBriefHtml } from "../src/report/html.ts";
import { renderBriefMarkdown } from "../src/report/markdown.ts";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "50" },
    runs: { type: "string", default: "30" },
    "max-ms": { type: "string" },
  },
});
const N = Number(values.articles);
const RUNS = Number(values.runs);

let seed = 7;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];

const SPEAKERS = [
  "Anika Brandt",
  "Tomas Oreval",
  "Pavel Szemko",
  "Ines Marlow",
  "Jonah Petrik",
  "Hana Ruzic",
];
const VOCAB =
  "water valley river town bridge road rescue team boat house family roof night morning council minister agency report engineer reservoir spillway crack inspection shelter school hall volunteer blanket rain forecast farm union count list".split(
    " ",
  );
const SPIN: Record<string, string> = {
  water: "liquid",
  valley: "vale",
  river: "stream",
  house: "home",
  night: "evening",
  road: "street",
};
const WHATS = [
  "people missing",
  "confirmed dead",
  "homes destroyed",
  "residents in shelters",
  "boats deployed",
  "roads closed",
];
const CLAIMANTS = [
  "Civil Protection Agency",
  "Interior Ministry",
  "Lusk Valley Farmers' Union",
  "Lusk Hydro",
];

const QUOTE_POOL = Array.from({ length: 60 }, (_, i) => ({
  speaker: SPEAKERS[i % SPEAKERS.length],
  text: `The ${Array.from({ length: 10 + (i % 8) }, () => pick(VOCAB)).join(" ")} ${i}`,
}));

interface Draft {
  quotes: { speaker: string; text: string }[];
  claims: { what: string; claimant: string; value: number; when: string }[];
}

function draftFor(origin: number): Draft {
  const quotes = Array.from({ length: 12 }, () => pick(QUOTE_POOL));
  const claims = Array.from({ length: 12 }, (_, k) => ({
    what: WHATS[k % WHATS.length],
    claimant: CLAIMANTS[(k + origin) % CLAIMANTS.length],
    value: 10 * (1 + (k % WHATS.length)) + (rand() < 0.15 ? 3 : 0),
    when: rand() < 0.5 ? "Sunday" : "Monday",
  }));
  return { quotes, claims };
}

type Edit = "original" | "reprint" | "version" | "spin" | "rewrite";
const EDITS: Edit[] = ["original", "reprint", "version", "spin", "rewrite"];

function alter(text: string, edit: Edit): string {
  if (edit === "spin") return text.replace(/\b\w+\b/g, (w) => SPIN[w] ?? w);
  if (edit === "rewrite") return text.split(" ").slice(0, -3).join(" ");
  return text;
}

/** Builds article text, quotes and claims with spans that point into the text. */
function write(id: string, d: Draft, edit: Edit, day: number) {
  let text = "";
  const quotes: Quote[] = [];
  const claims: Claim[] = [];
  for (const [k, q] of d.quotes.entries()) {
    const words = alter(q.text, edit);
    text += `"${words}," ${q.speaker} said. `;
    const start = text.indexOf(words, text.length - words.length - q.speaker.length - 12);
    const span: [number, number] = [start, start + words.length];
    const speaker = { name: q.speaker, title: null, mention: q.speaker, span: null };
    quotes.push({
      id: `${id}-q${k}`,
      articleId: id,
      kind: "direct",
      text: words,
      span,
      speaker,
      cue: null,
      group: null,
      altered: false,
    });
    const c = d.claims[k];
    const value = edit === "version" ? c.value + 5 : c.value;
    const s = `${c.claimant} said ${value} ${c.what} on ${c.when}. `;
    claims.push({
      id: `${id}-c${k}`,
      articleId: id,
      value,
      valueMax: null,
      qualifier: "exact",
      unit: null,
      what: c.what,
      claimant: c.claimant,
      when: c.when,
      span: [text.length, text.length + s.length],
      group: null,
    });
    text += `${s}\n\n`;
  }
  const article: Article = {
    id,
    source: `${id}.txt`,
    outlet: `Outlet ${id}`,
    title: `Story ${id}`,
    author: null,
    publishedAt: `2026-03-0${8 + (day % 2)}T1${day % 10}:00:00Z`,
    modifiedAt: null,
    url: null,
    language: "en",
    text,
    removed: [],
    contentHash: id,
    isArticle: true,
  };
  return { article, quotes, claims };
}

function input(n: number): CrosscheckInput {
  const out: CrosscheckInput = {
    articles: [],
    stories: [],
    relations: [],
    quotes: [],
    claims: [],
    events: [],
  };
  for (let i = 0; i < n; i++) {
    const origin = Math.floor(i / EDITS.length);
    const edit = EDITS[i % EDITS.length];
    const d = draftFor(origin);
    const w = write(`a${i}`, d, edit, i);
    out.articles.push(w.article);
    out.quotes.push(...w.quotes);
    out.claims.push(...w.claims);
    if (edit !== "original") {
      const kind: Relation["kind"] = edit === "reprint" ? "duplicate" : edit;
      const a = `a${origin * EDITS.length}`;
      out.relations.push({ a, b: w.article.id, kind, derived: w.article.id, score: 0.9, passages: [] });
    }
  }
  const ids = out.articles.map((a) => a.id);
  out.stories.push({
    id: "s1",
    title: "Synthetic story",
    articleIds: ids,
    start: null,
    end: null,
    outlets: [],
    people: [],
    places: [],
    organizations: [],
    mergedFrom: [],
  });
  return out;
}

function stats(xs: number[]): { median: number; p95: number } {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] };
}

const data = input(N);
const times = {
  crosscheck: [] as number[],
  markdown: [] as number[],
  html: [] as number[],
  total: [] as number[],
};
const cpu: number[] = [];
for (let r = 0; r < RUNS + 3; r++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = crosscheck(data);
  const t1 = performance.now();
  renderBriefMarkdown(result.briefs[0], data.articles);
  const t2 = performance.now();
  renderBriefHtml(result.briefs, data.articles);
  const t3 = performance.now();
  const c1 = process.cpuUsage(c0);
  if (r < 3) continue; // warm-up
  cpu.push((c1.user + c1.system) / 1000);
  times.crosscheck.push(t1 - t0);
  times.markdown.push(t2 - t1);
  times.html.push(t3 - t2);
  times.total.push(t3 - t0);
}
const brief = crosscheck(data).briefs[0];
console.log(
  `brief: ${N} articles, ${data.quotes.length} quotes, ${data.claims.length} claims -> ${brief.originCount} origins, ` +
    `${brief.whoSaid.reduce((n, s) => n + s.groups.length, 0)} quote groups, ${brief.figures.length} figure groups (${RUNS} runs)`,
);
for (const [k, v] of Object.entries(times)) {
  const s = stats(v);
  console.log(`  ${k.padEnd(10)} median ${s.median.toFixed(1)} ms  p95 ${s.p95.toFixed(1)} ms`);
}
const c = stats(cpu);
// CPU time is less disturbed than wall time when other processes share the cores.
console.log(`  total CPU  median ${c.median.toFixed(1)} ms  p95 ${c.p95.toFixed(1)} ms`);
const median = stats(times.total).median;
const bar = values["max-ms"] ? Number(values["max-ms"]) : null;
console.log(`  bar: total median < ${bar ?? 200} ms: ${median < (bar ?? 200) ? "met" : "NOT met"}`);
if (bar !== null && median >= bar) process.exit(1);
