/**
 * End-to-end benchmark of `analyze`: ingest JSONL, clean, extract, reuse, stories, one SQLite transaction per
 * batch. Articles are built from the fictional demo corpus (sentences recombined, a third of their words
 * swapped, figures and names varied), so extraction sees news-like prose and unrelated articles share little. Prints articles/second, stored bytes per article and peak memory.
 *
 *   npx tsx bench/analyze.ts [--articles 2000]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzePaths } from "../src/analyze/run.ts";
import { SqliteStore } from "../src/store/index.ts";

const n = Number(process.argv[process.argv.indexOf("--articles") + 1]) || 2000;
const demo = new URL("../samples/demo/", import.meta.url).pathname;
const sentences = readdirSync(demo)
  .filter((f) => f.endsWith(".txt"))
  .flatMap((f) => readFileSync(join(demo, f), "utf8").split(/(?<=[.!?”"])\s+/))
  .filter((s) => s.split(" ").length > 6);

let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const places = ["Korvel", "Tarsk", "Mirnow", "Alsby", "Queddan", "Oskarv", "Penlow", "Ridstone"];

const vocab = [...new Set(sentences.flatMap((s) => s.split(" ")))];

/** One sentence from the pool with a third of its words swapped, so unrelated articles share few shingles. */
function vary(s: string): string {
  return s
    .split(" ")
    .map((w) => (rand() < 0.35 ? vocab[Math.floor(rand() * vocab.length)] : w))
    .join(" ");
}

function article(i: number): string {
  const place = places[i % places.length];
  const out: string[] = [];
  let words = 0;
  while (words < 600) {
    const s = vary(sentences[Math.floor(rand() * sentences.length)])
      .replace(/Korvel/g, `${place}${i % 97}`)
      .replace(/\b\d+\b/g, (d) => String(Number(d) + (i % 13)));
    out.push(s);
    words += s.split(" ").length;
  }
  return out.join(out.length % 3 === 0 ? "\n\n" : " ");
}

const dir = mkdtempSync(join(tmpdir(), "newsfuse-bench-"));
const input = join(dir, "corpus.jsonl");
const day = Date.parse("2026-03-01T00:00:00Z");
writeFileSync(
  input,
  Array.from({ length: n }, (_, i) =>
    JSON.stringify({
      id: `b${i}`,
      outlet: `Outlet ${i % 40}`,
      publishedAt: new Date(day + i * 600_000).toISOString(),
      text: article(i),
    }),
  ).join("\n"),
);
const words = n * 600;
const db = join(dir, "bench.db");
const store = new SqliteStore(db);
const t0 = performance.now();
const result = await analyzePaths(store, [input], { batchSize: 500 });
const seconds = (performance.now() - t0) / 1000;
await store.close();
const dbBytes = statSync(db).size + (statSync(`${db}-wal`, { throwIfNoEntry: false })?.size ?? 0);
console.log(`articles:            ${result.newIds.length} (~${words} words)`);
console.log(`analyze, end to end: ${(n / seconds).toFixed(0)} articles/s (${seconds.toFixed(1)} s)`);
console.log(`stored:              ${(dbBytes / n / 1024).toFixed(1)} KiB per article (SQLite file + WAL)`);
console.log(`peak RSS:            ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
rmSync(dir, { recursive: true, force: true });
