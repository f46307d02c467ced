/**
 * NewsQuant evaluation (CQE paper's metric): F1 for value, value+change and value+unit.
 * Usage: tsx eval/newsquant.ts [--floor-value F] [--floor-change F] [--floor-unit F] [--errors] [--split even|odd]
 *        [--set NewsQuant|currency-model|dimension-model|temperature-model|age-model] (the last four: Recognizers-Text specs)
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { extractQuantities } from "../src/extract/numbers/index.ts";
import { type Counts, cqeCounts, f1, type Item, parseGoldValue, strictCounts } from "./newsquant-metric.ts";

const DIR = fileURLToPath(new URL("../../shared/datasets/newsquant/formatted_test_set/", import.meta.url));

interface GoldQuantity {
  change: string;
  value: string;
  unit: string;
  normalized_unit: string;
}

function arg(name: string): string | null {
  const k = process.argv.indexOf(name);
  return k >= 0 ? (process.argv[k + 1] ?? null) : null;
}

function predict(text: string): Item[] {
  return extractQuantities(text).map((q) => ({
    value: q.valueMax !== null ? ([q.value, q.valueMax] as [number, number]) : q.value,
    unit: (q.normalizedUnit ?? "-").toLowerCase(),
    change: q.change,
  }));
}

const empty = (): Counts => ({ gold: 0, predicted: 0, value: 0, unit: 0, change: 0 });

/** The Recognizers-Text spec sets code no change. */
let hasChange = true;

function report(name: string, c: Counts): Record<string, number> {
  const rows = {
    value: f1(c.value, c.gold, c.predicted),
    "value+change": f1(c.change, c.gold, c.predicted),
    "value+unit": f1(c.unit, c.gold, c.predicted),
  };
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
  for (const [k, v] of Object.entries(rows))
    if (k !== "value+change" || hasChange)
      console.log(`${name.padEnd(14)} ${k.padEnd(13)} P ${pct(v.p)}  R ${pct(v.r)}  F1 ${pct(v.f)}`);
  return { value: rows.value.f, change: rows["value+change"].f, unit: rows["value+unit"].f };
}

function main(): number {
  const set = arg("--set") ?? "NewsQuant";
  const DATA = `${DIR}${set}.json`;
  if (!existsSync(DATA)) {
    console.log("../shared not found: skipping the NewsQuant evaluation");
    return 0;
  }
  const data = JSON.parse(readFileSync(DATA, "utf8")) as { text: string; quantities: GoldQuantity[] }[];
  const split = arg("--split");
  const cqe = empty();
  const strict = empty();
  hasChange = data.some((d) => d.quantities.some((q) => q.change !== undefined));
  const t0 = performance.now();
  data.forEach((d, k) => {
    if ((split === "even" && k % 2) || (split === "odd" && k % 2 === 0)) return;
    const gold: Item[] = d.quantities.map((q) => ({
      value: parseGoldValue(q.value),
      unit: q.normalized_unit.toLowerCase(),
      change: q.change ?? "=",
    }));
    const pred = predict(d.text);
    const before = cqe.unit;
    cqeCounts(gold, pred, cqe);
    strictCounts(gold, pred, strict);
    if (
      process.argv.includes("--errors") &&
      (cqe.unit - before !== gold.length || pred.length !== gold.length)
    ) {
      console.log(`#${k} ${d.text}\n  gold ${JSON.stringify(gold)}\n  pred ${JSON.stringify(pred)}`);
    }
  });
  const ms = performance.now() - t0;
  console.log(
    `${set}: ${cqe.gold} gold quantities, ${cqe.predicted} predicted, ${ms.toFixed(0)} ms${split ? ` (split ${split})` : ""}`,
  );
  const s = report("CQE metric", cqe);
  report("one-to-one", strict);
  let ok = true;
  for (const [flag, key] of [
    ["--floor-value", "value"],
    ["--floor-change", "change"],
    ["--floor-unit", "unit"],
  ] as const) {
    const floor = arg(flag);
    if (floor !== null && s[key] < Number(floor)) {
      console.log(`FAIL: ${key} F1 ${s[key].toFixed(3)} < floor ${floor}`);
      ok = false;
    }
  }
  return ok ? 0 : 1;
}

process.exitCode = main();
