/**
 * PolNeAR attribution evaluation: precision, recall and F1 of content and source spans, each matched
 * one-to-one by overlap (any shared character) or exactly (same extent, from the first segment's start to the
 * last one's end, after trimming whitespace and punctuation at each segment's ends).
 * How the gold is read (see eval/polnear-metric.ts for the matching):
 * - one annotator per article: several articles were annotated twice; the first .ann file (by name) is used,
 *   so no article counts twice and annotators are never merged;
 * - discontinuous spans ("“X,” she said, “Y”", or PolNeAR's per-sentence fragments of a long quote) are one
 *   item: overlap with any fragment matches, and the exact extent runs from the first fragment to the last;
 * - attributions without a source add a gold content but no gold source; a predicted source that matches
 *   no gold source counts against precision; sources are scored per attribution (a name heading two
 *   attributions counts twice, as it does in the gold);
 * - the pairing is a maximum matching, so the order of predictions cannot change the counts.
 * Usage: tsx eval/polnear.ts [--split test|dev|train] [--limit N] [--floor-content F]
 *        [--floor-source F] [--floor-exact F]
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadSplit, predicted } from "./polnear-data.ts";
import { prf, type Scores, scoreDoc, zeroScores } from "./polnear-metric.ts";

const { values } = parseArgs({
  options: {
    split: { type: "string", default: "test" },
    limit: { type: "string" },
    "floor-content": { type: "string" },
    "floor-source": { type: "string" },
    "floor-exact": { type: "string" },
  },
});
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "shared", "datasets", "polnear");
if (!existsSync(root)) {
  console.log("../shared/datasets/polnear not found: skipped");
  process.exit(0);
}

const t0 = performance.now();
let docs = loadSplit(root, values.split);
if (values.limit) docs = docs.slice(0, Number(values.limit));
const c = zeroScores();
for (const d of docs) scoreDoc(d.text, d.atts, predicted(d.text), c);
console.log(
  `PolNeAR ${values.split}: ${docs.length} articles, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
console.log("metric            P      R      F1     (tp/pred/gold)");
for (const [k, v] of Object.entries(c)) {
  const { p, r, f } = prf(v);
  console.log(
    `${k.padEnd(16)} ${p.toFixed(3)}  ${r.toFixed(3)}  ${f.toFixed(3)}  (${v.tp}/${v.pred}/${v.gold})`,
  );
}
const floors: [keyof Scores, string | undefined][] = [
  ["contentOverlap", values["floor-content"]],
  ["sourceOverlap", values["floor-source"]],
  ["contentExact", values["floor-exact"]],
];
let failed = false;
for (const [k, floor] of floors) {
  if (floor === undefined) continue;
  const f = prf(c[k]).f;
  if (f < Number(floor)) {
    console.error(`FAIL ${k} F1 ${f.toFixed(3)} < floor ${floor}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
