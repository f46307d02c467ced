const BITS = 20;
const MASK = (1 << BITS) - 1;
const SMALL = 1 << 16;
/** log(df + 0.5) for small document frequencies, computed once. */
const LOG_DF = Float64Array.from({ length: SMALL }, (_, i) => Math.log(i + 0.5));

/** Document frequencies learned from the stream, in a fixed-size hashed table (memory does not grow). */
export class Idf {
  df = new Uint32Array(1 << BITS);
  n = 0;
  private logN = 0;

  /** `prior`: documents assumed seen before the stream, containing none of its terms (cold start). */
  constructor(readonly prior = 0) {
    this.setN(0);
  }

  setN(n: number): void {
    this.n = n;
    this.logN = Math.log(n + this.prior + 1);
  }

  observe(terms: Iterable<number>): void {
    this.setN(this.n + 1);
    for (const h of terms) this.df[h & MASK]++;
  }

  weight(h: number): number {
    const df = this.df[h & MASK];
    return this.logN - (df < SMALL ? LOG_DF[df] : Math.log(df + 0.5));
  }
}
