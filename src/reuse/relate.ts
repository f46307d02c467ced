import type { Relation } from "../model/index.ts";
import { alignTokens, passagesOf } from "./align.ts";
import { classify, type KindThresholds, type Side } from "./classify.ts";
import type { EvidenceSet } from "./verify.ts";

export interface Party extends Side {
  id: string;
  /** evidence 3-grams (see verify.ts) */
  evidence: EvidenceSet;
}

/** Verify a candidate pair on exact 3-gram sets, align it and name its kind; null when not reuse. */
export function relate(a: Party, b: Party, minContainment: number, kinds: KindThresholds): Relation | null {
  if (a.evidence.overlap(b.evidence).containment < minContainment) return null;
  const al = alignTokens(a.tokens, b.tokens);
  const v = classify(a, b, al, kinds);
  if (!v) return null;
  return {
    a: a.id,
    b: b.id,
    kind: v.kind,
    derived: v.derived === 0 ? a.id : v.derived === 1 ? b.id : null,
    score: Math.round(v.score * 1000) / 1000,
    passages: passagesOf(a.tokens, b.tokens, al.chains),
  };
}
