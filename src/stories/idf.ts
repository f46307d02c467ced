const BITS = 20;
const MASK = (1 << BITS) - 1;

/** Document frequencies learned from the stream, in a fixed-size hashed table (memory does not grow). */
export class Idf {
  df = new Uint32Array(1 << BITS);
  n = 0;
  /** `prior`: documents assumed seen before the stream, containing none of its terms (cold start). */
  constructor(
    readonly power = 1,
    readonly prior = 0,
  ) {}

  observe(terms: Iterable<number>): void {
    this.n++;
    for (const h of terms) this.df[h & MASK]++;
  }

  weight(h: number): number {
    return Math.log((this.n + this.prior + 1) / (this.df[h & MASK] + 0.5)) ** this.power;
  }
}
