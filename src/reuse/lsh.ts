/**
 * LSH over OPH sketches in flat typed arrays. Every bin is a band of one row: a document enters one chain
 * per bin, keyed by that bin's 16-bit fingerprint, and a query counts, per earlier document, the bins whose
 * fingerprint matches (the count estimates bins * Jaccard).
 *
 * Chains are singly linked through `links[bin * capacity + doc]`, one 32-bit word per entry holding the
 * fingerprint bits not used to pick the slot (high bits) and the next document + 1 (low 22 bits), so a
 * walk touches one word per step, within its bin's region. Hence at most 2^22 - 1 documents.
 */
export const MAX_DOCS = (1 << 22) - 1;
const DOC_BITS = 22;
const DOC_MASK = (1 << DOC_BITS) - 1;
/**
 * Documents per slot, on average, before the slot table doubles: 8 while the table is small (it is
 * then a large share of the bytes per document), 4 from 2^14 slots per bin on (~64k documents).
 */
const loadAt = (bits: number) => (bits >= 14 ? 4 : 8);

export class BandTables {
  readonly bins: number;
  private readonly shift: number;
  private tableBits = 8;
  private heads: Uint32Array;
  private links: Uint32Array;
  sketches: Uint16Array;
  count = 0;
  private votes: Uint16Array;
  private touched: Int32Array;

  constructor(bins: number, capacity = 1024) {
    const cap = Math.max(capacity, 16);
    this.bins = bins;
    this.shift = Math.log2(bins);
    this.heads = new Uint32Array(bins << this.tableBits);
    this.links = new Uint32Array(cap * bins);
    this.sketches = new Uint16Array(cap * bins);
    this.votes = new Uint16Array(cap);
    this.touched = new Int32Array(cap);
  }

  /**
   * Earlier documents sharing at least `minVotes` bins with `sk` (and their votes); returns how many.
   * A bin stops voting after `maxMatches` matching documents (the newest): a fingerprint that common
   * comes from a stock phrase and says nothing about reuse, and walking it would cost O(N).
   */
  query(
    sk: Uint16Array,
    minVotes: number,
    out: Int32Array,
    outVotes: Uint16Array,
    maxMatches: number,
  ): number {
    const { heads, links, votes, touched, tableBits } = this;
    const cap = votes.length;
    const mask = (1 << tableBits) - 1;
    const first = (b: number) => heads[(b << tableBits) | (sk[b] & mask)] - 1;
    let nt = 0;
    // four chains walked in step: their loads overlap instead of waiting on each other
    for (let b = 0; b < this.bins; b += 4) {
      let d0 = first(b);
      let d1 = first(b + 1);
      let d2 = first(b + 2);
      let d3 = first(b + 3);
      const h0 = sk[b] >>> tableBits;
      const h1 = sk[b + 1] >>> tableBits;
      const h2 = sk[b + 2] >>> tableBits;
      const h3 = sk[b + 3] >>> tableBits;
      const base = b * cap;
      let m0 = 0;
      let m1 = 0;
      let m2 = 0;
      let m3 = 0;
      while (d0 >= 0 || d1 >= 0 || d2 >= 0 || d3 >= 0) {
        if (d0 >= 0) {
          const w = links[base + d0];
          if (w >>> DOC_BITS === h0) {
            if (votes[d0]++ === 0) touched[nt++] = d0;
            ++m0;
          }
          d0 = m0 === maxMatches ? -1 : (w & DOC_MASK) - 1;
        }
        if (d1 >= 0) {
          const w = links[base + cap + d1];
          if (w >>> DOC_BITS === h1) {
            if (votes[d1]++ === 0) touched[nt++] = d1;
            ++m1;
          }
          d1 = m1 === maxMatches ? -1 : (w & DOC_MASK) - 1;
        }
        if (d2 >= 0) {
          const w = links[base + 2 * cap + d2];
          if (w >>> DOC_BITS === h2) {
            if (votes[d2]++ === 0) touched[nt++] = d2;
            ++m2;
          }
          d2 = m2 === maxMatches ? -1 : (w & DOC_MASK) - 1;
        }
        if (d3 >= 0) {
          const w = links[base + 3 * cap + d3];
          if (w >>> DOC_BITS === h3) {
            if (votes[d3]++ === 0) touched[nt++] = d3;
            ++m3;
          }
          d3 = m3 === maxMatches ? -1 : (w & DOC_MASK) - 1;
        }
      }
    }
    let nc = 0;
    for (let i = 0; i < nt; i++) {
      const d = touched[i];
      if (votes[d] >= minVotes && nc < out.length) {
        outVotes[nc] = votes[d];
        out[nc++] = d;
      }
      votes[d] = 0;
    }
    return nc;
  }

  /** Append a document's sketch; returns its number. */
  insert(sk: Uint16Array): number {
    if (this.count === MAX_DOCS) throw new RangeError(`ReuseIndex holds at most ${MAX_DOCS} documents`);
    if (this.count === this.votes.length) this.growDocs();
    const d = this.count++;
    this.sketches.set(sk.subarray(0, this.bins), d << this.shift);
    if (this.count > loadAt(this.tableBits) << this.tableBits && this.tableBits < 16) {
      this.rehash(this.tableBits + 1);
    } else this.link(d);
    return d;
  }

  private link(d: number): void {
    const { bins, shift, tableBits, heads, links, sketches } = this;
    const cap = this.votes.length;
    const mask = (1 << tableBits) - 1;
    for (let b = 0; b < bins; b++) {
      const fp = sketches[(d << shift) | b];
      const slot = (b << tableBits) | (fp & mask);
      links[b * cap + d] = (((fp >>> tableBits) << DOC_BITS) | heads[slot]) >>> 0;
      heads[slot] = d + 1;
    }
  }

  private rehash(bits: number): void {
    this.tableBits = bits;
    this.heads = new Uint32Array(this.bins << bits);
    for (let d = 0; d < this.count; d++) this.link(d);
  }

  private growDocs(): void {
    const old = this.votes.length;
    const cap = Math.ceil(old * 1.5);
    const links = new Uint32Array(cap * this.bins);
    for (let b = 0; b < this.bins; b++) links.set(this.links.subarray(b * old, (b + 1) * old), b * cap);
    this.links = links;
    const sketches = new Uint16Array(cap * this.bins);
    sketches.set(this.sketches);
    this.sketches = sketches;
    this.votes = new Uint16Array(cap);
    this.touched = new Int32Array(cap);
  }

  /** Bytes held by the typed arrays. */
  get bytes(): number {
    const { heads, links, sketches, votes, touched } = this;
    return heads.byteLength + links.byteLength + sketches.byteLength + votes.byteLength + touched.byteLength;
  }
}
