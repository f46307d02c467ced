export interface Scores {
  p: number;
  r: number;
  f1: number;
}

/** B-cubed precision, recall and F1 of a predicted clustering against gold labels (item -> label). */
export function bcubed(pred: Map<string, string>, gold: Map<string, string>): Scores {
  const predSize = countBy(pred);
  const goldSize = countBy(gold);
  const both = new Map<string, number>();
  for (const [item, g] of gold) {
    const key = `${pred.get(item)}\u0000${g}`;
    both.set(key, (both.get(key) ?? 0) + 1);
  }
  let p = 0;
  let r = 0;
  for (const [item, g] of gold) {
    const c = pred.get(item) ?? `missing:${item}`;
    const shared = both.get(`${c}\u0000${g}`) ?? 1;
    p += shared / (predSize.get(c) ?? 1);
    r += shared / (goldSize.get(g) ?? 1);
  }
  p /= gold.size;
  r /= gold.size;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function countBy(m: Map<string, string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const v of m.values()) out.set(v, (out.get(v) ?? 0) + 1);
  return out;
}
