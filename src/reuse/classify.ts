import type { RelationKind } from "../model/index.ts";
import type { Alignment } from "./align.ts";
import { areSynonyms, commonness } from "./morph.ts";
import type { Tokens } from "./tokenize.ts";

/** Thresholds of the relation kinds (shares are of evidence tokens: not chrome, not quoted). */
export interface KindThresholds {
  /** the better-covered side must have at least this share aligned */
  minCover: number;
  /** and at least this many identical tokens aligned */
  minMatched: number;
  /** duplicate: both sides covered at least this much, with this identity */
  duplicateCover: number;
  duplicateIdentity: number;
  /** version: shared blocks at least this identical */
  versionIdentity: number;
  /** rewrite: at least this identity; below it a pair is not reuse */
  rewriteIdentity: number;
  /** spin: synonym replacements, in count, share of replacements and share of aligned tokens */
  spinMinSynonyms: number;
  spinSynonymShare: number;
  spinSubstitutionShare: number;
}

export const DEFAULT_KINDS: KindThresholds = {
  minCover: 0.3,
  minMatched: 25,
  duplicateCover: 0.9,
  duplicateIdentity: 0.97,
  versionIdentity: 0.93,
  rewriteIdentity: 0.45,
  spinMinSynonyms: 4,
  spinSynonymShare: 0.25,
  spinSubstitutionShare: 0.03,
};

export interface Side {
  text: string;
  tokens: Tokens;
  publishedAt: string | null;
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

/** WordNet synonym pairs among the one-for-one replacements (at most 300 examined). */
function countSynonyms(a: Side, b: Side, al: Alignment): SynonymCount {
  let synonyms = 0;
  let bRarer = 0;
  for (let k = 0; k < al.pairs.length && k < 600; k += 2) {
    const wa = word(a, al.pairs[k]);
    const wb = word(b, al.pairs[k + 1]);
    if (!areSynonyms(wa, wb)) continue;
    synonyms++;
    bRarer += Math.sign(commonness(wa) - commonness(wb));
  }
  return { synonyms, bRarer };
}

/** The later of two dates (0 = a, 1 = b), or -1 when unknown or equal. */
export function laterOf(a: string | null, b: string | null): number {
  const ta = a ? Date.parse(a) : Number.NaN;
  const tb = b ? Date.parse(b) : Number.NaN;
  if (Number.isNaN(ta) || Number.isNaN(tb) || ta === tb) return -1;
  return tb > ta ? 1 : 0;
}

/** The relation kind of an aligned pair, or null when the overlap is not reuse. */
export function classify(a: Side, b: Side, al: Alignment, t: KindThresholds = DEFAULT_KINDS): Verdict | null {
  const top = Math.max(al.coverA, al.coverB);
  if (top < t.minCover || al.matched < t.minMatched) return null;
  const edits = al.matched + al.subs + al.indels;
  const identity = al.matched / edits;
  const later = laterOf(a.publishedAt, b.publishedAt);
  if (al.subs >= t.spinSubstitutionShare * (al.matched + al.subs) && al.subs >= t.spinMinSynonyms) {
    const syn = countSynonyms(a, b, al);
    if (syn.synonyms >= t.spinMinSynonyms && syn.synonyms >= t.spinSynonymShare * al.subs) {
      const derived = syn.bRarer > 0 ? 1 : syn.bRarer < 0 ? 0 : later >= 0 ? later : 1;
      const score = top * ((al.matched + syn.synonyms) / edits);
      return { kind: "spin", derived, score };
    }
  }
  const score = top * identity;
  if (identity >= t.duplicateIdentity && Math.min(al.coverA, al.coverB) >= t.duplicateCover) {
    return { kind: "duplicate", derived: later, score };
  }
  if (identity >= t.versionIdentity) return { kind: "version", derived: later, score };
  if (identity < t.rewriteIdentity) return null;
  if (top >= 0.6) return { kind: "rewrite", derived: later, score };
  return { kind: "shared-source", derived: -1, score };
}
