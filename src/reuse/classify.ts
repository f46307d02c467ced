import type { RelationKind } from "../model/index.ts";
import type { Alignment } from "./align.ts";
import { hash2 } from "./hash.ts";
import { areSynonyms, clearBaseForms, commonness } from "./morph.ts";
import type { Tokens } from "./tokenize.ts";

/** Thresholds of the relation kinds (shares are of evidence tokens: not chrome, not quoted). */
export interface KindThresholds {
  /** the better-covered side must have at least this share aligned */
  minCover: number;
  /** and at least this many identical tokens aligned */
  minMatched: number;
  /** an overlap of fewer identical tokens than this needs one verbatim run of `minRun` tokens */
  smallOverlap: number;
  minRun: number;
  /** duplicate: both sides covered at least this much, with this identity */
  duplicateCover: number;
  duplicateIdentity: number;
  /** version: shared blocks at least this identical */
  versionIdentity: number;
  /** rewrite: at least this identity; below it a pair is not reuse */
  rewriteIdentity: number;
  /** below this cover on both sides, edited overlap (or verbatim blocks across outlets) is shared-source */
  sharedSourceCover: number;
  /** spin: synonym replacements, in count, share of replacements and share of aligned tokens */
  spinMinSynonyms: number;
  /** spin also when at least this many replacements, 60 % of them, are synonyms (light spinning) */
  spinSystematic: number;
  spinSynonymShare: number;
  spinSubstitutionShare: number;
}

export const DEFAULT_KINDS: KindThresholds = {
  minCover: 0.3,
  minMatched: 25,
  smallOverlap: 60,
  minRun: 12,
  duplicateCover: 0.9,
  duplicateIdentity: 0.97,
  versionIdentity: 0.93,
  rewriteIdentity: 0.45,
  sharedSourceCover: 0.5,
  spinMinSynonyms: 4,
  spinSystematic: 6,
  spinSynonymShare: 0.25,
  spinSubstitutionShare: 0.03,
};

export interface Side {
  text: string;
  tokens: Tokens;
  /** epoch milliseconds, NaN when unknown */
  time: number;
  /** outlet number, -1 when unknown */
  outlet: number;
}

export interface Verdict {
  kind: RelationKind;
  /** 0 = a, 1 = b, -1 = unknown */
  derived: number;
  score: number;
}

interface SynonymCount {
  synonyms: number;
  /** synonym pairs where b holds the rarer word, minus those where a does */
  bRarer: number;
}

function word(s: Side, k: number): string {
  return s.text.slice(s.tokens.start[k], s.tokens.end[k]).toLowerCase();
}

/** Synonymy of word pairs by token hashes: 0 = not synonyms, 1 + sign(commonness(a) - commonness(b)). */
const pairCache = new Map<number, number>();
const PAIR_CACHE_SIZE = 50000;

/** Empty the process-wide word caches (bounded anyway; for memory measurements). */
export function clearWordCaches(): void {
  pairCache.clear();
  clearBaseForms();
}

function pairVerdict(a: Side, b: Side, i: number, j: number): number {
  const key = hash2(a.tokens.hash[i], b.tokens.hash[j]);
  const hit = pairCache.get(key);
  if (hit !== undefined) return hit;
  const wa = word(a, i);
  const wb = word(b, j);
  const v = areSynonyms(wa, wb) ? 2 + Math.sign(commonness(wa) - commonness(wb)) : 0;
  if (pairCache.size >= PAIR_CACHE_SIZE) pairCache.clear();
  pairCache.set(key, v);
  return v;
}

/** WordNet synonym pairs among the one-for-one replacements (at most 300 examined). */
function countSynonyms(a: Side, b: Side, al: Alignment): SynonymCount {
  let synonyms = 0;
  let bRarer = 0;
  for (let k = 0; k < al.pairs.length && k < 600; k += 2) {
    const v = pairVerdict(a, b, al.pairs[k], al.pairs[k + 1]);
    if (v === 0) continue;
    synonyms++;
    bRarer += v - 2;
  }
  return { synonyms, bRarer };
}

/** The later of two times (0 = a, 1 = b), or -1 when unknown or equal. */
export function laterOf(ta: number, tb: number): number {
  if (Number.isNaN(ta) || Number.isNaN(tb) || ta === tb) return -1;
  return tb > ta ? 1 : 0;
}

/** Epoch milliseconds of an ISO date, NaN when missing or unreadable. */
export function timeOf(date: string | null): number {
  return date ? Date.parse(date) : Number.NaN;
}

/**
 * Spin: word-for-synonym replacements that are many (a share of the aligned text) or systematic (most
 * replacements are synonyms). The spun side is the later one, else the one using rarer words.
 */
function spinVerdict(
  a: Side,
  b: Side,
  al: Alignment,
  t: KindThresholds,
  weight: number,
  later: number,
): Verdict | null {
  if (al.subs < t.spinMinSynonyms) return null;
  const many = al.subs >= t.spinSubstitutionShare * (al.matched + al.subs);
  if (!many && al.subs < t.spinSystematic) return null;
  const syn = countSynonyms(a, b, al);
  const enough = syn.synonyms >= t.spinMinSynonyms && syn.synonyms >= t.spinSynonymShare * al.subs;
  const systematic = syn.synonyms >= t.spinSystematic && syn.synonyms >= 0.6 * al.subs;
  if (!(many && enough) && !systematic) return null;
  const lexical = syn.bRarer > 0 ? 1 : syn.bRarer < 0 ? 0 : 1;
  return { kind: "spin", derived: later >= 0 ? later : lexical, score: weight * (al.matched + syn.synonyms) };
}

/** The relation kind of an aligned pair, or null when the overlap is not reuse. */
export function classify(a: Side, b: Side, al: Alignment, t: KindThresholds = DEFAULT_KINDS): Verdict | null {
  const top = Math.max(al.coverA, al.coverB);
  if (top < t.minCover || al.matched < t.minMatched) return null;
  // reports of the same facts share names and stock formulas, not long verbatim stretches
  if (al.matched < t.smallOverlap && al.longestRun < t.minRun) return null;
  const edits = al.matched + al.subs + al.indels;
  const identity = al.matched / edits;
  const later = laterOf(a.time, b.time);
  const spin = spinVerdict(a, b, al, t, top / edits, later);
  if (spin) return spin;
  const score = top * identity;
  if (identity >= t.duplicateIdentity && Math.min(al.coverA, al.coverB) >= t.duplicateCover) {
    return { kind: "duplicate", derived: later, score };
  }
  if (identity >= t.versionIdentity) {
    // verbatim blocks shared by two outlets, each with much of its own: both took them from a wire text
    const otherOutlets = a.outlet >= 0 && b.outlet >= 0 && a.outlet !== b.outlet;
    if (otherOutlets && top < t.sharedSourceCover) return { kind: "shared-source", derived: -1, score };
    return { kind: "version", derived: later, score };
  }
  if (identity < t.rewriteIdentity) return null;
  // an outlet that rewrites its own article is updating it
  if (a.outlet >= 0 && a.outlet === b.outlet) return { kind: "version", derived: later, score };
  if (top >= t.sharedSourceCover) return { kind: "rewrite", derived: later, score };
  return { kind: "shared-source", derived: -1, score };
}
