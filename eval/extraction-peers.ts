/** Scores the peers' published outputs (../shared/benchmarks/article-extraction/output) with the same metric. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { BENCH_DIR, type BenchPage } from "./extraction-data.ts";
import { scorePage, summarise } from "./extraction-metric.ts";

export function showPeers(pages: BenchPage[], half: number): void {
  const dir = join(BENCH_DIR, "output");
  if (!existsSync(dir)) return;
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const json = JSON.parse(readFileSync(join(dir, file), "utf8"));
    const out = (json.output ?? json) as Record<string, { articleBody?: string }>;
    const scores = pages.map((p) => scorePage(p.truth, out[p.id]?.articleBody ?? ""));
    const f = (a: number, b: number) => summarise(scores.slice(a, b)).f1.toFixed(4);
    console.log(
      `peer ${file.replace(/\.json$/, "").padEnd(16)} F1 all ${f(0, pages.length)}  first ${f(0, half)}  second ${f(half, pages.length)}`,
    );
  }
}

/** Runs Readability.js on linkedom here, the baseline the clean stage is measured against. */
export function showReadability(pages: BenchPage[], half: number): void {
  const scores = pages.map((p) => {
    const { document } = parseHTML(p.html);
    let text = "";
    try {
      text = new Readability(document as unknown as Document).parse()?.textContent ?? "";
    } catch {
      /* a page Readability cannot handle scores zero */
    }
    return scorePage(p.truth, text);
  });
  const f = (a: number, b: number) => summarise(scores.slice(a, b)).f1.toFixed(4);
  console.log(
    `Readability.js+linkedom (run here)  F1 all ${f(0, pages.length)}  first ${f(0, half)}  second ${f(half, pages.length)}`,
  );
}
