import { hash3 as hash3Imported } from "./hash.ts";
import type { Tokens } from "./tokenize.ts";

/** Local bindings: imported ones compile to getters under tsx, slow in hot loops. */
const hash3 = hash3Imported;

/** A maximal diagonal run of shared word 3-grams: tokens [i, i+len) of A equal tokens [j, j+len) of B. */
export interface Run {
  i: number;
  j: number;
  len: number;
}

/** 3-grams repeated more often than this in A are too common to seed an alignment. */
const MAX_OCCURRENCES = 4;

/** Scratch tables reused across calls (grown on demand). */
let keys = new Uint32Array(2048);
let heads = new Int32Array(2048);
let next = new Int32Array(1024);
let open = new Int32Array(2048);

function reserve(size: number, na: number, diagonals: number): void {
  if (keys.length < size) {
    keys = new Uint32Array(size);
    heads = new Int32Array(size);
  }
  if (next.length < na) next = new Int32Array(na);
  if (open.length < diagonals) open = new Int32Array(diagonals);
}

/** Exact shared 3-grams of A and B grown into diagonal runs, in order of their start in B. */
export function findRuns(a: Tokens, b: Tokens): Run[] {
  const na = a.n - 2;
  if (na <= 0 || b.n < 3) return [];
  let size = 16;
  while (size < na * 2) size <<= 1;
  const mask = size - 1;
  reserve(size, na, a.n + b.n);
  heads.fill(-1, 0, size);
  open.fill(-1, 0, a.n + b.n);
  const ah = a.hash;
  for (let i = 0; i < na; i++) {
    const s = hash3(ah[i], ah[i + 1], ah[i + 2]);
    let slot = s & mask;
    while (heads[slot] >= 0 && keys[slot] !== s) slot = (slot + 1) & mask;
    keys[slot] = s;
    next[i] = heads[slot];
    heads[slot] = i;
  }
  const runs: Run[] = [];
  const bh = b.hash;
  for (let j = 0; j + 2 < b.n; j++) {
    const s = hash3(bh[j], bh[j + 1], bh[j + 2]);
    let slot = s & mask;
    while (heads[slot] >= 0 && keys[slot] !== s) slot = (slot + 1) & mask;
    let i = heads[slot];
    if (i < 0 || countChain(i) > MAX_OCCURRENCES) continue;
    for (; i >= 0; i = next[i]) {
      if (ah[i] !== bh[j] || ah[i + 1] !== bh[j + 1] || ah[i + 2] !== bh[j + 2]) continue;
      extend(runs, i, j, b.n);
    }
  }
  for (const r of runs) r.len += 2;
  return runs;
}

function countChain(i: number): number {
  let c = 0;
  for (; i >= 0 && c <= MAX_OCCURRENCES; i = next[i]) c++;
  return c;
}

/** Grow the run ending just before (i, j) on diagonal i - j, or start a new one. */
function extend(runs: Run[], i: number, j: number, nb: number): void {
  const d = i - j + nb;
  const k = open[d];
  const r = k >= 0 ? runs[k] : null;
  if (r && r.i + r.len === i && r.j + r.len === j) {
    r.len++;
    return;
  }
  open[d] = runs.length;
  runs.push({ i, j, len: 1 });
}
