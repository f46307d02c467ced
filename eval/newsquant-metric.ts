/** The CQE paper's quantity-matching metric (Almasian et al., EMNLP 2023), reimplemented. */

export type Value = number | [number, number];
export interface Item {
  value: Value;
  unit: string;
  change: string;
}
export interface Counts {
  gold: number;
  predicted: number;
  value: number;
  unit: number;
  change: number;
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-8 + 1e-5 * Math.abs(b);

export function valuesMatch(gold: Value, model: Value): boolean {
  if (Array.isArray(gold) !== Array.isArray(model)) return false;
  if (Array.isArray(gold) && Array.isArray(model))
    return close(gold[0], model[0]) && close(gold[1], model[1]);
  return close(gold as number, model as number);
}

/** Gold values are strings; "a-b" is a range unless negative or in exponent form. */
export function parseGoldValue(s: string): Value {
  if (!s.includes("E") && !s.startsWith("-") && s.includes("-")) {
    const [a, b] = s.split("-");
    return [Number(a.trim()), Number(b.trim())];
  }
  return Number(s);
}

const byUnit = (a: Item, b: Item): number => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0);

/**
 * CQE's greedy counting, kept as published: for each gold quantity (sorted by unit) every predicted
 * quantity with the same value counts once for value (at most as many as the sentence has gold
 * quantities) and for change; the first one whose unit also matches counts for unit and is used up.
 */
export function cqeCounts(gold: Item[], predicted: Item[], acc: Counts): void {
  acc.gold += gold.length;
  acc.predicted += predicted.length;
  let tags = [...predicted].sort(byUnit);
  let budget = gold.length;
  for (const g of [...gold].sort(byUnit)) {
    for (const t of tags) {
      if (!valuesMatch(g.value, t.value)) continue;
      if (budget > 0) {
        acc.value++;
        budget--;
      }
      if (t.change === g.change) acc.change++;
      if (t.unit === g.unit) {
        acc.unit++;
        tags = tags.filter((x) => x !== t).sort(byUnit);
        break;
      }
    }
  }
}

/** Stricter one-to-one variant: each predicted quantity matches at most one gold quantity. */
export function strictCounts(gold: Item[], predicted: Item[], acc: Counts): void {
  acc.gold += gold.length;
  acc.predicted += predicted.length;
  const used = new Set<number>();
  for (const g of gold) {
    const cands = predicted
      .map((t, k) => ({ t, k }))
      .filter(({ t, k }) => !used.has(k) && valuesMatch(g.value, t.value));
    if (cands.length === 0) continue;
    const best =
      cands.find(({ t }) => t.unit === g.unit) ?? cands.find(({ t }) => t.change === g.change) ?? cands[0];
    used.add(best.k);
    acc.value++;
    if (best.t.unit === g.unit) acc.unit++;
    if (best.t.change === g.change) acc.change++;
  }
}

export function f1(correct: number, gold: number, predicted: number): { p: number; r: number; f: number } {
  const p = predicted ? correct / predicted : 0;
  const r = gold ? correct / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
