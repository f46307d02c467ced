import type { Run } from "./seeds.ts";

/** A passage: runs that follow each other in both texts with small gaps between them. */
export interface Chain {
  runs: Run[];
  /** token extents, exclusive ends */
  i0: number;
  i1: number;
  j0: number;
  j1: number;
  matched: number;
}

/** Gap allowed between runs on the same diagonal (one-for-one substitutions keep the diagonal). */
const SAME_DIAGONAL_GAP = 24;
/** Gap allowed when the diagonal shifts (insertions or deletions). */
const SHIFTED_GAP = 12;
const MAX_SHIFT = 8;

function fits(c: Chain, r: Run): number {
  const gi = r.i - c.i1;
  const gj = r.j - c.j1;
  if (gi < -2 || gj < -2) return -1;
  if (gi === gj) return gi <= SAME_DIAGONAL_GAP ? Math.max(gi, 0) : -1;
  if (Math.abs(gi - gj) > MAX_SHIFT || Math.max(gi, gj) > SHIFTED_GAP) return -1;
  return Math.max(gi, 0) + Math.max(gj, 0) + 1;
}

/** Greedy chaining of runs (ordered by start in B) into passages. */
export function chainRuns(runs: Run[]): Chain[] {
  const chains: Chain[] = [];
  for (const r0 of runs) {
    let best: Chain | null = null;
    let bestCost = Number.POSITIVE_INFINITY;
    for (let k = chains.length - 1; k >= 0 && k >= chains.length - 24; k--) {
      const cost = fits(chains[k], r0);
      if (cost >= 0 && cost < bestCost) {
        best = chains[k];
        bestCost = cost;
      }
    }
    if (!best) {
      chains.push({ runs: [r0], i0: r0.i, i1: r0.i + r0.len, j0: r0.j, j1: r0.j + r0.len, matched: r0.len });
      continue;
    }
    // trim an overlap with the chain's end so no token is counted twice
    const cut = Math.max(best.i1 - r0.i, best.j1 - r0.j, 0);
    if (cut >= r0.len) continue;
    const r = { i: r0.i + cut, j: r0.j + cut, len: r0.len - cut };
    best.runs.push(r);
    best.i1 = r.i + r.len;
    best.j1 = r.j + r.len;
    best.matched += r.len;
  }
  return chains;
}
