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

interface Rate {
  wall: number;
  cpu: number;
}

/** Pages/second of one pass, by wall clock and by this process's CPU time (less disturbed by other load). */
function pass(fn: (html: string) => string): Rate {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let chars = 0;
  for (const p of pages) chars += fn(p.html).length;
  const c = process.cpuUsage(c0);
  if (chars === 0) throw new Error("no text extracted");
  return {
    wall: pages.length / ((performance.now() - t0) / 1000),
    cpu: pages.length / ((c.user + c.system) / 1e6),
  };
}

// Warm up, then interleave the two so that machine load affects both alike; keep each one's best pass.
pass(clean);
pass(readability);
const ours: Rate = { wall: 0, cpu: 0 };
const theirs: Rate = { wall: 0, cpu: 0 };
for (let r = 0; r < rounds; r++) {
  for (const [fn, best] of [
    [clean, ours],
    [readability, theirs],
  ] as const) {
    const x = pass(fn);
    best.wall = Math.max(best.wall, x.wall);
    best.cpu = Math.max(best.cpu, x.cpu);
  }
}
const f = (x: Rate) => `${x.wall.toFixed(1)} pages/s wall, ${x.cpu.toFixed(1)} pages/s CPU`;
console.log(`newsfuse clean:          ${f(ours)}`);
console.log(`Readability.js+linkedom: ${f(theirs)}`);
console.log(
  `ratio (clean / readability): ${(ours.wall / theirs.wall).toFixed(2)} wall, ${(ours.cpu / theirs.cpu).toFixed(2)} CPU  (${pages.length} pages, best of ${rounds})`,
);
