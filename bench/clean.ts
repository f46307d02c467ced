/**
 * Pages per second of `cleanHtml` and of Readability.js + linkedom on the 181 benchmark pages.
 * Usage: npx tsx bench/clean.ts [--rounds 3]   (best round of each is reported; pages are decompressed first)
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { benchAvailable, loadPages } from "../eval/extraction-data.ts";
import { cleanHtml } from "../src/clean/index.ts";

if (!benchAvailable()) {
  console.log("../shared/benchmarks/article-extraction not found: skipped");
  process.exit(0);
}
const roundsArg = process.argv.indexOf("--rounds");
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 3;
const pages = loadPages();

function readability(html: string): string {
  const { document } = parseHTML(html);
  try {
    return new Readability(document as unknown as Document).parse()?.textContent ?? "";
  } catch {
    return "";
  }
}

function clean(html: string): string {
  return cleanHtml(html).text;
}

/** Best pages/second over the rounds (least disturbed by other processes). */
function measure(fn: (html: string) => string): number {
  let best = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    let chars = 0;
    for (const p of pages) chars += fn(p.html).length;
    const rate = pages.length / ((performance.now() - t0) / 1000);
    if (chars > 0) best = Math.max(best, rate);
  }
  return best;
}

// Interleave the two so that machine load affects both alike.
measure(clean);
measure(readability);
const ours = measure(clean);
const theirs = measure(readability);
console.log(`newsfuse clean:          ${ours.toFixed(1)} pages/s`);
console.log(`Readability.js+linkedom: ${theirs.toFixed(1)} pages/s`);
console.log(
  `ratio (clean / readability): ${(ours / theirs).toFixed(2)}  (${pages.length} pages, best of ${rounds})`,
);
