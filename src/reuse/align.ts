import type { Passage } from "../model/index.ts";
import { type Chain, chainRuns } from "./chain.ts";
import { findRuns } from "./seeds.ts";
import { CHROME, QUOTED, type Tokens, tokenize } from "./tokenize.ts";

/** A passage needs this many identical tokens to count (a shared stock phrase is not reuse). */
const MIN_MATCHED = 8;

export interface Alignment {
  chains: Chain[];
  /** identical aligned tokens */
  matched: number;
  /** longest verbatim run, in tokens */
  longestRun: number;
  /** tokens replaced one for one (equal gaps between runs) */
  subs: number;
  /** tokens inserted or deleted (unequal gaps) */
  indels: number;
  /** token pairs [iA, jB] of the one-for-one replacements */
  pairs: number[];
  /** share of each side's evidence tokens (not chrome, not inside quotes) covered by passages */
  coverA: number;
  coverB: number;
  /** evidence tokens covered on each side */
  evidenceA: number;
  evidenceB: number;
}

/** Token-level alignment of two tokenised texts. */
export function alignTokens(a: Tokens, b: Tokens): Alignment {
  const chains = chainRuns(findRuns(a, b)).filter((c) => c.matched >= MIN_MATCHED);
  const out: Alignment = {
    chains,
    matched: 0,
    longestRun: 0,
    subs: 0,
    indels: 0,
    pairs: [],
    coverA: 0,
    coverB: 0,
    evidenceA: 0,
    evidenceB: 0,
  };
  for (const c of chains) gapStats(a, b, c, out);
  const ca = coverage(a, chains, true);
  const cb = coverage(b, chains, false);
  out.coverA = ca[0];
  out.evidenceA = ca[1];
  out.coverB = cb[0];
  out.evidenceB = cb[1];
  return out;
}

function gapStats(a: Tokens, b: Tokens, c: Chain, out: Alignment): void {
  out.matched += c.runs[0].len;
  for (const r of c.runs) out.longestRun = Math.max(out.longestRun, r.len);
  for (let k = 1; k < c.runs.length; k++) {
    const p = c.runs[k - 1];
    const r = c.runs[k];
    out.matched += r.len;
    const gi = r.i - (p.i + p.len);
    const gj = r.j - (p.j + p.len);
    if (gi !== gj) {
      out.indels += Math.max(gi, gj);
      continue;
    }
    for (let t = 0; t < gi; t++) {
      const i = p.i + p.len + t;
      const j = p.j + p.len + t;
      if (a.hash[i] === b.hash[j]) out.matched++;
      else {
        out.subs++;
        out.pairs.push(i, j);
      }
    }
  }
}

/** [covered share, covered count] of evidence tokens; quoted text is evidence only when little else is. */
function coverage(t: Tokens, chains: Chain[], sideA: boolean): [number, number] {
  const covered = new Uint8Array(t.n);
  for (const c of chains) covered.fill(1, sideA ? c.i0 : c.j0, sideA ? c.i1 : c.j1);
  let total = 0;
  let hit = 0;
  let totalAll = 0;
  let hitAll = 0;
  for (let k = 0; k < t.n; k++) {
    if (t.flags[k] & CHROME) continue;
    totalAll++;
    hitAll += covered[k];
    if (t.flags[k] & QUOTED) continue;
    total++;
    hit += covered[k];
  }
  if (total < 30) return totalAll ? [hitAll / totalAll, hitAll] : [0, 0];
  return [hit / total, hit];
}

/** Character spans of each passage, in both texts. */
export function passagesOf(a: Tokens, b: Tokens, chains: Chain[]): Passage[] {
  return chains.map((c) => ({
    a: [a.start[c.i0], a.end[c.i1 - 1]],
    b: [b.start[c.j0], b.end[c.j1 - 1]],
  }));
}

/** Passages of text `a` reused in text `b` (character spans in both). */
export function align(a: string, b: string): Passage[] {
  const ta = tokenize(a);
  const tb = tokenize(b);
  return passagesOf(ta, tb, alignTokens(ta, tb).chains);
}
