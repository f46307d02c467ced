/**
 * LSH over OPH sketches in flat typed arrays. Every bin is a band of one row: a document enters one chain
 * per bin, keyed by that bin's 16-bit fingerprint, and a query counts, per earlier document, the bins whose
 * fingerprint matches (the count estimates bins * Jaccard). Entry `doc * bins + bin` doubles as the index of
 * the stored fingerprint, so chains need no key array.
 */
export class BandTables {
  readonly bins: number;
  private readonly shift: number;
  private tableBits = 10;
  private heads: Int32Array;
  next: Int32Array;
  sketches: Uint16Array;
  count = 0;
  private votes: Uint16Array;
  private touched: Int32Array;

  constructor(bins: number, capacity = 1024) {
    capacity = Math.max(capacity, 16);
    this.bins = bins;
    this.shift = Math.log2(bins);
    this.heads = new Int32Array(bins << this.tableBits).fill(-1);
    this.next = new Int32Array(capacity * bins);
    this.sketches = new Uint16Array(capacity * bins);
    this.votes = new Uint16Array(capacity);
    this.touched = new Int32Array(capacity);
  }

  /** Earlier documents sharing at least `minVotes` bins with `sk`, written to `out`; returns how many. */
  query(sk: Uint16Array, minVotes: number, out: Int32Array, outVotes: Uint16Array, maxChain: number): number {
    const { bins, shift, heads, next, sketches, votes, touched } = this;
    const mask = (1 << this.tableBits) - 1;
    let nt = 0;
    for (let b = 0; b < bins; b++) {
      const fp = sk[b];
      let e = heads[(b << this.tableBits) | (fp & mask)];
      for (let steps = 0; e >= 0 && steps < maxChain; steps++, e = next[e]) {
        if (sketches[e] !== fp) continue;
        const d = e >>> shift;
        if (votes[d]++ === 0) touched[nt++] = d;
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
    if (this.count === this.votes.length) this.growDocs();
    const d = this.count++;
    this.sketches.set(sk.subarray(0, this.bins), d << this.shift);
    if (this.count > 4 << this.tableBits && this.tableBits < 16) this.rehash(this.tableBits + 1);
    else this.link(d);
    return d;
  }

  private link(d: number): void {
    const mask = (1 << this.tableBits) - 1;
    for (let b = 0; b < this.bins; b++) {
      const e = (d << this.shift) | b;
      const slot = (b << this.tableBits) | (this.sketches[e] & mask);
      this.next[e] = this.heads[slot];
      this.heads[slot] = e;
    }
  }

  private rehash(bits: number): void {
    this.tableBits = bits;
    this.heads = new Int32Array(this.bins << bits).fill(-1);
    for (let d = 0; d < this.count; d++) this.link(d);
  }

  private growDocs(): void {
    const cap = Math.ceil(this.votes.length * 1.5);
    const next = new Int32Array(cap * this.bins);
    next.set(this.next);
    this.next = next;
    const sketches = new Uint16Array(cap * this.bins);
    sketches.set(this.sketches);
    this.sketches = sketches;
    this.votes = new Uint16Array(cap);
    this.touched = new Int32Array(cap);
  }

  /** Bytes held by the typed arrays. */
  get bytes(): number {
    return (
      this.heads.byteLength +
      this.next.byteLength +
      this.sketches.byteLength +
      this.votes.byteLength +
      this.touched.byteLength
    );
  }
}
