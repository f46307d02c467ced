import type { Idf } from "./idf.ts";

const DAY = 86_400_000;

/**
 * An article's term frequencies scaled so that, weighted by the current IDF, they form a unit vector.
 * Stories sum these raw vectors and apply the IDF of the moment when they are compared, so what the
 * stream learns later about common words also reweighs the stories formed early.
 */
export function unitRaw(terms: Map<number, number>, idf: Idf): Map<number, number> {
  let n2 = 0;
  for (const [h, tf] of terms) n2 += (tf * idf.weight(h)) ** 2;
  const n = Math.sqrt(n2) || 1;
  const out = new Map<number, number>();
  for (const [h, tf] of terms) out.set(h, tf / n);
  return out;
}

/** Length of a raw vector under the current IDF. */
export function normIdf(v: Map<number, number>, idf: Idf): number {
  let s = 0;
  for (const [h, x] of v) s += (x * idf.weight(h)) ** 2;
  return Math.sqrt(s);
}

/** Dot product of two raw vectors under the current IDF (each side weighted once). */
export function dotIdf(a: Map<number, number>, b: Map<number, number>, idf: Idf): number {
  if (a.size > b.size) [a, b] = [b, a];
  let s = 0;
  for (const [h, v] of a) {
    const w = b.get(h);
    if (w !== undefined) s += v * w * idf.weight(h) ** 2;
  }
  return s;
}

/** A vector's terms with their values already multiplied by the squared IDF: one side of many dot products. */
export interface Weighted {
  keys: number[];
  vals: Float64Array;
}

export function weighted(v: Map<number, number>, idf: Idf): Weighted {
  const keys: number[] = [];
  const vals = new Float64Array(v.size);
  for (const [h, x] of v) {
    vals[keys.length] = x * idf.weight(h) ** 2;
    keys.push(h);
  }
  return { keys, vals };
}

/** `dotIdf(a, b)` for a pre-weighted `a`. */
export function dotWeighted(a: Weighted, b: Map<number, number>): number {
  let s = 0;
  for (let i = 0; i < a.keys.length; i++) {
    const w = b.get(a.keys[i]);
    if (w !== undefined) s += a.vals[i] * w;
  }
  return s;
}

/** Factor in (0,1] that halves for every `halfLifeDays` between a time and a [start,end] range. */
export function decay(
  t: number | null,
  start: number | null,
  end: number | null,
  halfLifeDays: number,
): number {
  if (t === null || start === null || end === null) return 1;
  const gap = Math.max(0, start - t, t - end) / DAY;
  return gap === 0 ? 1 : 0.5 ** (gap / halfLifeDays);
}

/** The `k` heaviest terms of a raw vector under the current IDF, heaviest first. */
export function topTerms(v: Map<number, number>, k: number, idf: Idf): number[] {
  const hs: number[] = [];
  const ws: number[] = [];
  for (const [h, x] of v) {
    const w = x * idf.weight(h);
    if (hs.length === k && w <= ws[k - 1]) continue;
    let i = hs.length === k ? k - 1 : hs.length;
    while (i > 0 && ws[i - 1] < w) {
      hs[i] = hs[i - 1];
      ws[i] = ws[i - 1];
      i--;
    }
    hs[i] = h;
    ws[i] = w;
  }
  return hs;
}
