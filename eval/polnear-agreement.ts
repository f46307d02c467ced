/**
 * How far a PolNeAR score can go: the agreement of two PolNeAR annotators with each other, measured with the
 * very metric eval/polnear.ts uses, on the articles that were annotated more than once (79 in train, 10 each
 * in dev and test, 4 annotator-training articles with 6 annotators). The first annotator (by file name) plays
 * the gold, as in eval/polnear.ts; every other annotator of that article is scored against it as if it were
 * a system. The system is scored on the same articles against the same first annotator, so the two rows
 * compare like with like.
 * Usage: tsx eval/polnear-agreement.ts [--splits train,dev,test,annotator-training]
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadAnnotations, predicted } from "./polnear-data.ts";
import { prf, type Scores, scoreDoc, zeroScores } from "./polnear-metric.ts";

const { values } = parseArgs({
  options: { splits: { type: "string", default: "train,dev,test,annotator-training" } },
});
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "shared", "datasets", "polnear");
if (!existsSync(root)) {
  console.log("../shared/datasets/polnear not found: skipped");
  process.exit(0);
}

interface Row {
  name: string;
  pairs: number;
  human: Scores;
  system: Scores;
}

const rows: Row[] = [];
const all: Row = { name: "all", pairs: 0, human: zeroScores(), system: zeroScores() };
for (const split of values.splits.split(",")) {
  const row: Row = { name: split, pairs: 0, human: zeroScores(), system: zeroScores() };
  for (const d of loadAnnotations(root, split)) {
    if (d.byAnnotator.length < 2) continue;
    const [gold, ...others] = d.byAnnotator;
    const pred = predicted(d.text);
    for (const other of others) {
      for (const r of [row, all]) {
        r.pairs++;
        scoreDoc(d.text, gold, other, r.human);
        // the system is scored once per pair too, so both rows weigh each article alike
        scoreDoc(d.text, gold, pred, r.system);
      }
    }
  }
  rows.push(row);
}
rows.push(all);

const f = (s: Scores, k: keyof Scores) => prf(s[k]).f.toFixed(3);
console.log("F1 against the article's first annotator (content overlap / source overlap / content exact)");
console.log("split                pairs  second annotator       newsfuse");
for (const r of rows) {
  const h = `${f(r.human, "contentOverlap")} ${f(r.human, "sourceOverlap")} ${f(r.human, "contentExact")}`;
  const s = `${f(r.system, "contentOverlap")} ${f(r.system, "sourceOverlap")} ${f(r.system, "contentExact")}`;
  console.log(`${r.name.padEnd(20)} ${String(r.pairs).padStart(5)}  ${h}    ${s}`);
}
