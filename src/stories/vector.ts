import type { Idf } from "./idf.ts";

const DAY = 86_400_000;

/** TF-IDF unit vector of an article's features under the current IDF. */
export function weigh(terms: Map<number, number>, idf: Idf): Map<number, number> {
  const out = new Map<number, number>();
  let n2 = 0;
  for (const [h, tf] of terms) {
    const w = tf * idf.weight(h);
    if (w <= 0) continue;
    out.set(h, w);
    n2 += w * w;
  }
  const n = Math.sqrt(n2) || 1;
  for (const [h, w] of out) out.set(h, w / n);
  return out;
}

/** Dot product, iterating over the smaller map. */
export function dot(a: Map<number, number>, b: Map<number, number>): number {
  if (a.size > b.size) [a, b] = [b, a];
  let s = 0;
  for (const [h, v] of a) {
    const w = b.get(h);
    if (w !== undefined) s += v * w;
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

/** The `k` heaviest terms of a vector. */
export function topTerms(v: Map<number, number>, k: number): number[] {
  if (v.size <= k) return [...v.keys()];
  return [...v]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map((e) => e[0]);
}
