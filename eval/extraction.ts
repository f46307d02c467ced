/**
 * Scores `cleanHtml` on ../shared/benchmarks/article-extraction with the benchmark's metric.
 * Usage: npx tsx eval/extraction.ts [--floor-all 0.97] [--floor-untuned 0.965]
 *   diagnostics: [--peers (Readability.js run here, and the published outputs)] [--worst N [--half 0|1|2]] [--page ID-PREFIX] [--save FILE] [--compare FILE]
 */
import { cleanHtml } from "../src/clean/index.ts";
import { benchAvailable, halfIndex, loadPages } from "./extraction-data.ts";
import { type PageScore, type Summary, scorePage, summarise } from "./extraction-metric.ts";
import { showPeers, showReadability } from "./extraction-peers.ts";
import { comparePages, parseArgs, savePages, showPage, showWorst } from "./extraction-report.ts";

const args = parseArgs(process.argv.slice(2));
if (!benchAvailable()) {
  console.log("../shared/benchmarks/article-extraction not found: skipped");
  process.exit(0);
}
const pages = loadPages();
const t0 = performance.now();
const outputs = pages.map((p) => cleanHtml(p.html, { url: p.url }));
const seconds = (performance.now() - t0) / 1000;
const scores: PageScore[] = pages.map((p, i) => scorePage(p.truth, outputs[i].text));
const h = halfIndex(pages.length);
const rows: [string, Summary][] = [
  ["all", summarise(scores)],
  ["first half (tuned)", summarise(scores.slice(0, h))],
  ["second half (untuned)", summarise(scores.slice(h))],
];
for (const [name, s] of rows) {
  const f = (x: number) => x.toFixed(4);
  console.log(
    `${name.padEnd(22)} F1 ${f(s.f1)}  precision ${f(s.precision)}  recall ${f(s.recall)}  (${s.pages} pages)`,
  );
}
const notArticles = outputs.filter((o) => !o.isArticle).length;
console.log(`${pages.length} pages in ${seconds.toFixed(1)} s; ${notArticles} reported as not-articles`);
if (args.peers) {
  showReadability(pages, h);
  showPeers(pages, h);
}
if (args.worst) showWorst(pages, outputs, scores, args.worst, args.half);
if (args.page) showPage(pages, outputs, args.page);
if (args.compare) comparePages(args.compare, pages, scores);
if (args.save) savePages(args.save, pages, scores);
let failed = false;
if (args.floorAll !== null && rows[0][1].f1 < args.floorAll) {
  console.error(`FAIL: F1 all ${rows[0][1].f1.toFixed(4)} < floor ${args.floorAll}`);
  failed = true;
}
if (args.floorUntuned !== null && rows[2][1].f1 < args.floorUntuned) {
  console.error(`FAIL: F1 untuned half ${rows[2][1].f1.toFixed(4)} < floor ${args.floorUntuned}`);
  failed = true;
}
process.exit(failed ? 1 : 0);
