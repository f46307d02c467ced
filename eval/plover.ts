/**
 * Events on the PLOVER gold-standard records: killed/injured on the records that state them.
 * Usage: tsx eval/plover.ts [--floor-accuracy F] [--floor-f1 F] [--errors]
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { extract } from "../src/extract/index.ts";

const DATA = fileURLToPath(new URL("../../shared/datasets/plover-gsr/PLOVER_GSR_CAMEO.txt", import.meta.url));

interface Record {
  id: string;
  text?: string;
  date?: string;
  dead?: string;
  injured?: string;
}

/** The file is JSON with trailing commas. */
function load(): Record[] {
  return JSON.parse(readFileSync(DATA, "utf8").replace(/,(\s*[}\]])/g, "$1")) as Record[];
}

function arg(name: string): number | null {
  const k = process.argv.indexOf(name);
  return k >= 0 ? Number(process.argv[k + 1]) : null;
}

const num = (s: string | undefined): number | null => (s === undefined || s === "" ? null : Number(s));

/** The casualty figures newsfuse reads from one record's sentence (the first event that has any). */
function predict(r: Record): { killed: number | null; injured: number | null } {
  const { events } = extract({ id: r.id, text: r.text ?? "", publishedAt: r.date ?? null });
  const e = events.find((x) => x.killed !== null || x.injured !== null);
  return { killed: e?.killed ?? null, injured: e?.injured ?? null };
}

function main(): number {
  if (!existsSync(DATA)) {
    console.log("../shared not found: skipping the PLOVER evaluation");
    return 0;
  }
  const all = load().filter((r) => r.text);
  const gold = all.filter((r) => r.dead !== undefined || r.injured !== undefined);
  let exact = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of gold) {
    const p = predict(r);
    const g = { killed: num(r.dead), injured: num(r.injured) };
    if (p.killed === g.killed && p.injured === g.injured) exact++;
    else if (process.argv.includes("--errors"))
      console.log(`${r.id} gold ${JSON.stringify(g)} got ${JSON.stringify(p)}\n  ${r.text}`);
    for (const k of ["killed", "injured"] as const) {
      if (p[k] !== null && p[k] === g[k]) tp++;
      else {
        if (p[k] !== null) fp++;
        if (g[k] !== null) fn++;
      }
    }
  }
  const others = all.filter((r) => !gold.includes(r));
  const spurious = others.filter((r) => {
    const p = predict(r);
    return p.killed !== null || p.injured !== null;
  }).length;
  const acc = exact / gold.length;
  const prec = tp / (tp + fp || 1);
  const rec = tp / (tp + fn || 1);
  const f1 = prec + rec ? (2 * prec * rec) / (prec + rec) : 0;
  console.log(
    `PLOVER: ${gold.length} records with dead/injured; record accuracy ${(100 * acc).toFixed(1)}% (${exact}/${gold.length})`,
  );
  console.log(
    `casualty fields: P ${(100 * prec).toFixed(1)}  R ${(100 * rec).toFixed(1)}  F1 ${(100 * f1).toFixed(1)}`,
  );
  console.log(`other records (${others.length}, no casualty coding) given a casualty figure: ${spurious}`);
  const fa = arg("--floor-accuracy");
  const ff = arg("--floor-f1");
  let ok = true;
  if (fa !== null && acc < fa) {
    console.log(`FAIL: accuracy ${acc.toFixed(3)} < floor ${fa}`);
    ok = false;
  }
  if (ff !== null && f1 < ff) {
    console.log(`FAIL: F1 ${f1.toFixed(3)} < floor ${ff}`);
    ok = false;
  }
  return ok ? 0 : 1;
}

process.exitCode = main();
