import type { Idf } from "./idf.ts";

/**
 * Looks for two events inside one story. Terms are reweighed by how rare they are among the story's own
 * articles (words every article shares say nothing about which event an article reports), the articles
 * are grouped in two by average link, and the split is proposed when the two groups are much less alike
 * than each group is within itself. Returns the indices of the group to split off, or null.
 */
export function findSplit(vecs: Map<number, number>[], idf: Idf, ratio: number): number[] | null {
  const n = vecs.length;
  const df = new Map<number, number>();
  for (const v of vecs) for (const h of v.keys()) df.set(h, (df.get(h) ?? 0) + 1);
  const local = vecs.map((v) => {
    const o = new Map<number, number>();
    let n2 = 0;
    for (const [h, x] of v) {
      const w = x * idf.weight(h) * Math.sqrt(Math.log((n + 1) / ((df.get(h) ?? 0) + 0.5)));
      o.set(h, w);
      n2 += w * w;
    }
    const len = Math.sqrt(n2) || 1;
    for (const [h, w] of o) o.set(h, w / len);
    return o;
  });
  const sim = local.map((a) => local.map((b) => dotMaps(a, b)));
  const [a, b] = twoGroups(sim);
  if (a.length < 2 || b.length < 2) return null;
  const cross = mean(sim, a, b);
  const within = Math.min(mean(sim, a, a, true), mean(sim, b, b, true));
  return within > 0 && cross / within < ratio ? (a.includes(0) ? b : a) : null;
}

function dotMaps(a: Map<number, number>, b: Map<number, number>): number {
  if (a.size > b.size) [a, b] = [b, a];
  let s = 0;
  for (const [h, v] of a) {
    const w = b.get(h);
    if (w !== undefined) s += v * w;
  }
  return s;
}

/** Average-link agglomeration down to two groups (Lance-Williams update, O(n^3)). */
function twoGroups(sim: number[][]): [number[], number[]] {
  const groups = sim.map((_, i) => [i]);
  const s = sim.map((row) => [...row]);
  const alive = new Set(groups.keys());
  while (alive.size > 2) {
    let best = Number.NEGATIVE_INFINITY;
    let bi = -1;
    let bj = -1;
    for (const i of alive)
      for (const j of alive) if (i < j && s[i][j] > best) [best, bi, bj] = [s[i][j], i, j];
    const ni = groups[bi].length;
    const nj = groups[bj].length;
    for (const k of alive) s[bi][k] = s[k][bi] = (s[bi][k] * ni + s[bj][k] * nj) / (ni + nj);
    groups[bi].push(...groups[bj]);
    alive.delete(bj);
  }
  const [x, y] = [...alive];
  return [groups[x], groups[y]];
}

/** Mean similarity between two index sets (without the diagonal when `same`). */
function mean(sim: number[][], a: number[], b: number[], same = false): number {
  let t = 0;
  let c = 0;
  for (const i of a)
    for (const j of b) {
      if (same && i >= j) continue;
      t += sim[i][j];
      c++;
    }
  return c ? t / c : 0;
}
