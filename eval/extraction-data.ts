/** Loads the article-extraction benchmark from ../shared (resolved from the repo root). */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";

export const BENCH_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "../../shared/benchmarks/article-extraction",
);

export interface BenchPage {
  id: string;
  url: string;
  html: string;
  truth: string;
}

export function benchAvailable(): boolean {
  return existsSync(join(BENCH_DIR, "ground-truth.json"));
}

/** All pages, ids sorted alphabetically (the first half is the tuning half). */
export function loadPages(): BenchPage[] {
  const gt = JSON.parse(readFileSync(join(BENCH_DIR, "ground-truth.json"), "utf8")) as Record<
    string,
    { articleBody: string; url: string }
  >;
  return Object.keys(gt)
    .sort()
    .map((id) => ({
      id,
      url: gt[id].url,
      truth: gt[id].articleBody,
      html: gunzipSync(readFileSync(join(BENCH_DIR, "html", `${id}.html.gz`))).toString("utf8"),
    }));
}

/** Index where the second (untuned) half starts. */
export function halfIndex(n: number): number {
  return Math.ceil(n / 2);
}
