/**
 * Reuse on real news: the 982 ECB+ articles (../shared/datasets/ecbplus), which hold many wire reprints.
 * There is no reuse gold; relations between two different event clusters are certainly wrong (two
 * events of one type, e.g. two earthquakes told with the same template), so their count is printed.
 *   node --import tsx bench/reuse-ecbplus.ts
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { detectReuse } from "../src/reuse/index.ts";

const FILE = join(fileURLToPath(import.meta.url), "../../../shared/datasets/ecbplus/ecbplus_docs.jsonl");
if (!existsSync(FILE)) {
  console.log("../shared not found: skipped");
  process.exit(0);
}
const rows = readFileSync(FILE, "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l) as { doc_id: string; text: string; event_cluster: string });
const cluster = new Map(rows.map((r) => [r.doc_id, r.event_cluster]));
const t0 = performance.now();
const rels = detectReuse(rows.map((r) => ({ id: r.doc_id, text: r.text, outlet: null, publishedAt: null })));
const ms = performance.now() - t0;
const kinds = new Map<string, number>();
for (const r of rels) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
const cross = rels.filter((r) => cluster.get(r.a) !== cluster.get(r.b));
console.log(
  `ECB+: ${rows.length} articles, ${rels.length} relations in ${Math.round(ms)} ms (incl. WordNet load)`,
);
console.log(`by kind: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(", ")}`);
console.log(`relations across event clusters (wrong): ${cross.length}`);
for (const r of cross.slice(0, 10)) console.log(`  ${r.a} ${r.b} ${r.kind} ${r.score}`);
