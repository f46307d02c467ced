/** Precision and recall of found relations against the generator's planted pairs. */
import type { Relation, RelationKind } from "../src/model/index.ts";
import { type Corpus, EXPECTED, PLANTS, type Plant } from "./reuse-gen.ts";

export interface Score {
  kinds: { kind: RelationKind; planted: number; found: number; correct: number }[];
  plants: { plant: Plant; planted: number; correct: number; as: Record<string, number> }[];
  /** relations between unrelated documents */
  spurious: number;
  /** relations between two derivations of one article (not scored: their expected kind is ambiguous) */
  siblings: number;
  derivedRight: number;
  derivedWrong: number;
}

export function score(corpus: Corpus, relations: Relation[]): Score {
  const num = (id: string) => Number(id.slice(1));
  const found = new Map<string, Relation>();
  const s: Score = { kinds: [], plants: [], spurious: 0, siblings: 0, derivedRight: 0, derivedWrong: 0 };
  const predicted = new Map<RelationKind, number>();
  for (const r of relations) {
    const a = num(r.a);
    const b = num(r.b);
    const [lo, hi] = a < b ? [a, b] : [b, a];
    if (corpus.slots[hi].source === lo) found.set(`${lo}:${hi}`, r);
    else if (corpus.root(a) === corpus.root(b)) {
      s.siblings++;
      continue;
    } else s.spurious++;
    predicted.set(r.kind, (predicted.get(r.kind) ?? 0) + 1);
  }
  const byKind = new Map<RelationKind, { planted: number; correct: number }>();
  const byPlant = new Map<Plant, { planted: number; correct: number; as: Record<string, number> }>();
  for (const p of PLANTS) byPlant.set(p, { planted: 0, correct: 0, as: {} });
  corpus.slots.forEach((slot, i) => {
    if (!slot.plant) return;
    const want = EXPECTED[slot.plant];
    const r = found.get(`${slot.source}:${i}`);
    const k = byKind.get(want) ?? { planted: 0, correct: 0 };
    const p = byPlant.get(slot.plant)!;
    k.planted++;
    p.planted++;
    const got = r ? r.kind : "none";
    p.as[got] = (p.as[got] ?? 0) + 1;
    if (r && r.kind === want) {
      k.correct++;
      p.correct++;
      if (r.derived === corpus.id(i)) s.derivedRight++;
      else s.derivedWrong++;
    }
    byKind.set(want, k);
  });
  for (const [kind, v] of byKind) s.kinds.push({ kind, ...v, found: predicted.get(kind) ?? 0 });
  for (const [kind, n] of predicted)
    if (!byKind.has(kind)) s.kinds.push({ kind, planted: 0, found: n, correct: 0 });
  for (const [plant, v] of byPlant) s.plants.push({ plant, ...v });
  return s;
}

export function printScore(s: Score): void {
  const f = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : "  -  ");
  console.log("  kind           planted  found  correct  precision  recall");
  for (const k of s.kinds) {
    const line = `  ${k.kind.padEnd(14)} ${String(k.planted).padStart(7)} ${String(k.found).padStart(6)} ${String(k.correct).padStart(8)}`;
    console.log(`${line}  ${f(k.correct / k.found).padStart(9)}  ${f(k.correct / k.planted).padStart(6)}`);
  }
  console.log("  planted as     count  recall  found as");
  for (const p of s.plants) {
    const as = Object.entries(p.as)
      .map(([k, v]) => `${k}:${v}`)
      .join(" ");
    console.log(
      `  ${p.plant.padEnd(12)} ${String(p.planted).padStart(7)}  ${f(p.correct / p.planted)}  ${as}`,
    );
  }
  console.log(
    `  relations between unrelated documents: ${s.spurious}; between siblings (not scored): ${s.siblings}`,
  );
  console.log(`  derived named right: ${s.derivedRight}, wrong or null: ${s.derivedWrong}`);
}
