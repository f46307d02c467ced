/**
 * LSH over OPH sketches in flat typed arrays. Every bin is a band of one row: a document enters one chain
 * per bin, keyed by that bin's 16-bit fingerprint, and a query counts, per earlier document, the bins whose
 * fingerprint matches (the count estimates bins * Jaccard).
 *
 * Chains are singly linked through `links[doc * bins + bin]`, one 32-bit word per entry holding the
 * fingerprint bits not used to pick the slot (high bits) and the next document + 1 (low 22 bits), so a
 * walk touches one word per step. Hence at most 2^22 - 1 documents.
 */
export const MAX_DOCS = (1 << 22) - 1;
const DOC_BITS = 22;
const DOC_MASK = (1 << DOC_BITS) - 1;
/** documents per slot, on average, before the slot table doubles */
const LOAD = 8;

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

  /** Earlier documents sharing at least `minVotes` bins with `sk` (and their votes); returns how many. */
  query(sk: Uint16Array, minVotes: number, out: Int32Array, outVotes: Uint16Array, maxChain: number): number {
    const { bins, shift, heads, links, votes, touched, tableBits } = this;
    const mask = (1 << tableBits) - 1;
    let nt = 0;
    for (let b = 0; b < bins; b++) {
      const fp = sk[b];
      const high = fp >>> tableBits;
      let d = heads[(b << tableBits) | (fp & mask)] - 1;
      for (let steps = 0; d >= 0 && steps < maxChain; steps++) {
        const w = links[(d << shift) | b];
        if (w >>> DOC_BITS === high && votes[d]++ === 0) touched[nt++] = d;
        d = (w & DOC_MASK) - 1;
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
    if (this.count > LOAD << this.tableBits && this.tableBits < 16) this.rehash(this.tableBits + 1);
    else this.link(d);
    return d;
  }

  private link(d: number): void {
    const { bins, shift, tableBits, heads, links, sketches } = this;
    const mask = (1 << tableBits) - 1;
    for (let b = 0; b < bins; b++) {
      const fp = sketches[(d << shift) | b];
      const slot = (b << tableBits) | (fp & mask);
      links[(d << shift) | b] = (((fp >>> tableBits) << DOC_BITS) | heads[slot]) >>> 0;
      heads[slot] = d + 1;
    }
  }

  private rehash(bits: number): void {
    this.tableBits = bits;
    this.heads = new Uint32Array(this.bins << bits);
    for (let d = 0; d < this.count; d++) this.link(d);
  }

  private growDocs(): void {
    const cap = Math.ceil(this.votes.length * 1.5);
    const links = new Uint32Array(cap * this.bins);
    links.set(this.links);
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
