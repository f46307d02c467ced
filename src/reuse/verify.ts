import { hash3 as hash3Imported } from "./hash.ts";
import { CHROME, QUOTED, type Tokens } from "./tokenize.ts";

/** Local binding: imported ones compile to getters under tsx, slow in hot loops. */
const hash3 = hash3Imported;

/**
 * The set of word 3-grams that count as evidence of reuse: none of its tokens inside a quotation
 * (independent reports share quotes) or on a chrome line; all 3-grams when a text is mostly quotes.
 * An open-addressing hash set over the 3-gram hashes, for exact containment and resemblance.
 */
export class EvidenceSet {
  size = 0;
  private keys = new Uint32Array(2048);
  private used = new Uint8Array(2048);
  private mask = 2047;

  /** Fill from a tokenised text; returns this. */
  fill(t: Tokens): this {
    let cap = 2048;
    while (cap < t.n * 2) cap <<= 1;
    if (cap !== this.keys.length) {
      this.keys = new Uint32Array(cap);
      this.used = new Uint8Array(cap);
      this.mask = cap - 1;
    } else this.used.fill(0);
    this.size = 0;
    forEachEvidence(t, (s) => this.add(s));
    return this;
  }

  private add(s: number): void {
    let slot = s & this.mask;
    while (this.used[slot]) {
      if (this.keys[slot] === s) return;
      slot = (slot + 1) & this.mask;
    }
    this.used[slot] = 1;
    this.keys[slot] = s;
    this.size++;
  }

  has(s: number): boolean {
    let slot = s & this.mask;
    while (this.used[slot]) {
      if (this.keys[slot] === s) return true;
      slot = (slot + 1) & this.mask;
    }
    return false;
  }

  /** Exact containment (of the smaller set) and resemblance (Jaccard) with another set. */
  overlap(other: EvidenceSet): { containment: number; resemblance: number } {
    const [small, large] = this.size <= other.size ? [this, other] : [other, this];
    let inter = 0;
    for (let k = 0; k < small.keys.length; k++) if (small.used[k] && large.has(small.keys[k])) inter++;
    const union = this.size + other.size - inter;
    return { containment: small.size ? inter / small.size : 0, resemblance: union ? inter / union : 0 };
  }
}

function forEachEvidence(t: Tokens, f: (s: number) => void): void {
  const { n, flags, hash } = t;
  const skip = CHROME | QUOTED;
  let k = 0;
  for (let i = 2; i < n; i++) {
    if ((flags[i - 2] | flags[i - 1] | flags[i]) & skip) continue;
    f(hash3(hash[i - 2], hash[i - 1], hash[i]));
    k++;
  }
  if (k >= 20) return;
  for (let i = 2; i < n; i++) f(hash3(hash[i - 2], hash[i - 1], hash[i]));
}
