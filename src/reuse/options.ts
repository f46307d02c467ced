import { DEFAULT_KINDS, type KindThresholds } from "./classify.ts";

export interface ReuseOptions {
  /** OPH bins per sketch, a power of two (default 64) */
  bins?: number;
  /** bins whose fingerprints must match for a pair to be a candidate (default 5, about Jaccard 0.08) */
  minVotes?: number;
  /** exact containment of evidence 3-grams a candidate must reach before alignment (default 0.15) */
  minContainment?: number;
  /** most documents one bin votes for: bounds the cost of very common shingles (default 48) */
  maxMatches?: number;
  /** most candidates verified per added document, best first (default 64) */
  maxCandidates?: number;
  /** documents to allocate room for up front (the index grows by half when full) */
  expectedDocs?: number;
  /**
   * Text of an indexed document, for verification and alignment. Without it the index keeps every text it
   * is given (`add`, or `importDoc` with `text`) in memory; with it the index holds no text at all.
   */
  getText?: (id: string) => string | undefined;
  /** thresholds of the relation kinds */
  kinds?: Partial<KindThresholds>;
}

export type ResolvedOptions = Required<Omit<ReuseOptions, "getText" | "kinds">> & {
  getText: ReuseOptions["getText"];
  kinds: KindThresholds;
};

export function resolveOptions(o: ReuseOptions = {}): ResolvedOptions {
  const bins = o.bins ?? 64;
  if (!Number.isInteger(Math.log2(bins)) || bins < 8 || bins > 1024) {
    throw new TypeError(`ReuseOptions.bins must be a power of two between 8 and 1024, got ${bins}`);
  }
  return {
    bins,
    minVotes: o.minVotes ?? 5,
    minContainment: o.minContainment ?? 0.15,
    maxMatches: o.maxMatches ?? 48,
    maxCandidates: o.maxCandidates ?? 64,
    expectedDocs: o.expectedDocs ?? 1024,
    getText: o.getText,
    kinds: { ...DEFAULT_KINDS, ...o.kinds },
  };
}
