/** Command-line options and per-page diagnostics for eval/extraction.ts. */
import { readFileSync, writeFileSync } from "node:fs";
import type { CleanedHtml } from "../src/clean/index.ts";
import type { BenchPage } from "./extraction-data.ts";
import type { PageScore } from "./extraction-metric.ts";

export interface EvalArgs {
  floorAll: number | null;
  floorUntuned: number | null;
  worst: number;
  half: 0 | 1 | 2;
  page: string | null;
  save: string | null;
  compare: string | null;
  peers: boolean;
}

export function parseArgs(argv: string[]): EvalArgs {
  const a: EvalArgs = {
    floorAll: null,
    floorUntuned: null,
    worst: 0,
    half: 1,
    page: null,
    save: null,
    compare: null,
    peers: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i + 1];
    if (argv[i] === "--floor-all") a.floorAll = Number(v);
    else if (argv[i] === "--floor-untuned") a.floorUntuned = Number(v);
    else if (argv[i] === "--worst") a.worst = Number(v);
    else if (argv[i] === "--half") a.half = Number(v) as 0 | 1 | 2;
    else if (argv[i] === "--peers") {
      a.peers = true;
      continue;
    } else if (argv[i] === "--page") a.page = v;
    else if (argv[i] === "--save") a.save = v;
    else if (argv[i] === "--compare") a.compare = v;
    else continue;
    i++;
  }
  return a;
}

const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : "  -  ");

/** Lists the N lowest-F1 pages of one half (1 or 2; 0 for all). */
export function showWorst(
  pages: BenchPage[],
  outs: CleanedHtml[],
  scores: PageScore[],
  n: number,
  half: number,
) {
  const h = Math.ceil(pages.length / 2);
  const rows = scores
    .map((s, i) => ({ i, p: s.tp / (s.tp + s.fp), r: s.tp / (s.tp + s.fn) }))
    .filter(({ i }) => half === 0 || (half === 1 ? i < h : i >= h))
    .map((x) => ({ ...x, f: (2 * x.p * x.r) / (x.p + x.r) || 0 }))
    .sort((a, b) => a.f - b.f)
    .slice(0, n);
  for (const x of rows) {
    const o = outs[x.i];
    console.log(
      `${pages[x.i].id.slice(0, 10)} F1 ${pct(x.f)} P ${pct(x.p)} R ${pct(x.r)} ${o.text.length}/${pages[x.i].truth.length} ${pages[x.i].url.slice(0, 70)}`,
    );
  }
}

/** Prints one page's predicted paragraphs, marking those absent from the truth. */
export function showPage(pages: BenchPage[], outs: CleanedHtml[], prefix: string) {
  const i = pages.findIndex((p) => p.id.startsWith(prefix));
  if (i < 0) return;
  const norm = (s: string) => s.replace(/\s+/g, " ");
  const truth = norm(pages[i].truth);
  for (const para of outs[i].text.split("\n\n")) {
    const inTruth = truth.includes(norm(para).slice(0, 60));
    console.log(`${inTruth ? "  " : "+ "}${para.slice(0, 160).replace(/\n/g, " / ")}`);
  }
  const got = norm(outs[i].text);
  for (const para of pages[i].truth.split(/\n+/)) {
    if (!got.includes(norm(para).slice(0, 60))) console.log(`- ${para.slice(0, 160)}`);
  }
  console.log(`removed: ${JSON.stringify(outs[i].removed.slice(0, 40)).slice(0, 2000)}`);
}

const f1 = (s: PageScore) => (s.tp > 0 ? (2 * s.tp) / (2 * s.tp + s.fp + s.fn) : 0);

/** Saves per-page F1 to a file, or prints pages whose F1 moved since a saved run. */
export function savePages(file: string, pages: BenchPage[], scores: PageScore[]): void {
  writeFileSync(file, JSON.stringify(Object.fromEntries(pages.map((p, i) => [p.id, f1(scores[i])]))));
}

export function comparePages(file: string, pages: BenchPage[], scores: PageScore[]): void {
  const old = JSON.parse(readFileSync(file, "utf8")) as Record<string, number>;
  const h = Math.ceil(pages.length / 2);
  pages.forEach((p, i) => {
    const d = f1(scores[i]) - (old[p.id] ?? 0);
    if (Math.abs(d) > 0.002)
      console.log(
        `${i < h ? "h1" : "h2"} ${p.id.slice(0, 10)} ${(old[p.id] ?? 0).toFixed(3)} -> ${f1(scores[i]).toFixed(3)}`,
      );
  });
}
