import type { Idf } from "./idf.ts";

/**
 * Looks for two events inside one story. Terms are reweighed by how rare they are among the story's own
 * articles (words every article shares say nothing about which event an article reports), the articles
 * are grouped in two by average link, and the split is proposed when the two groups are much less alike
 * than each group is within itself. Returns the indices of the group to split off, or null.
 */
export function findSplit(vecs: Map<number, number>[], idf: Idf, ratio: number): number[] | null {
  const sim = similarities(localVectors(vecs, idf));
  const [a, b] = twoGroups(sim);
  if (a.length < 2 || b.length < 2) return null;
  const cross = mean(sim, a, b);
  const within = Math.min(mean(sim, a, a, true), mean(sim, b, b, true));
  return within > 0 && cross / within < ratio ? (a.includes(0) ? b : a) : null;
}

interface Sparse {
  idx: Int32Array;
  val: Float64Array;
}

const SLOTS = 1 << 20;
/** term slot -> index in the story's vocabulary while `localVectors` runs (-1 elsewhere) */
const local = new Int32Array(SLOTS).fill(-1);

/** Unit vectors over the story's own vocabulary, weighted by IDF times sqrt of story-local IDF. */
function localVectors(vecs: Map<number, number>[], idf: Idf): { rows: Sparse[]; size: number } {
  const n = vecs.length;
  const df: number[] = [];
  const used: number[] = [];
  for (const v of vecs)
    for (const h of v.keys()) {
      const slot = h & (SLOTS - 1);
      if (local[slot] < 0) {
        local[slot] = df.push(0) - 1;
        used.push(slot);
      }
      df[local[slot]]++;
    }
  const rows = vecs.map((v) => {
    const idx = new Int32Array(v.size);
    const val = new Float64Array(v.size);
    let i = 0;
    let n2 = 0;
    for (const [h, x] of v) {
      const k = local[h & (SLOTS - 1)];
      const w = x * idf.weight(h) * Math.sqrt(Math.max(0, Math.log((n + 1) / (df[k] + 0.5))));
      idx[i] = k;
      val[i++] = w;
      n2 += w * w;
    }
    const len = Math.sqrt(n2) || 1;
    for (let k = 0; k < val.length; k++) val[k] /= len;
    return { idx, val };
  });
  for (const slot of used) local[slot] = -1;
  return { rows, size: df.length };
}

/** All pairwise dot products (symmetric), through one dense scratch row. */
function similarities({ rows, size }: { rows: Sparse[]; size: number }): number[][] {
  const n = rows.length;
  const sim = rows.map(() => new Array<number>(n).fill(0));
  const dense = new Float64Array(size);
  for (let i = 0; i < n; i++) {
    const a = rows[i];
    for (let k = 0; k < a.idx.length; k++) dense[a.idx[k]] = a.val[k];
    sim[i][i] = 1;
    for (let j = i + 1; j < n; j++) {
      const b = rows[j];
      let s = 0;
      for (let k = 0; k < b.idx.length; k++) s += dense[b.idx[k]] * b.val[k];
      sim[i][j] = sim[j][i] = s;
    }
    for (let k = 0; k < a.idx.length; k++) dense[a.idx[k]] = 0;
  }
  return sim;
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
