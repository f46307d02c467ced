import type { Background } from "./background.ts";

const BITS = 20;
const MASK = (1 << BITS) - 1;
const SMALL = 1 << 16;
/** log(df + 0.5) for small document frequencies, computed once. */
const LOG_DF = Float64Array.from({ length: SMALL }, (_, i) => Math.log(i + 0.5));

/** A background corpus folded into one fixed-size table, shared by every Idf that uses it. */
const folded = new WeakMap<Background, Uint32Array>();
function fold(bg: Background): Uint32Array {
  let t = folded.get(bg);
  if (!t) {
    t = new Uint32Array(1 << BITS);
    for (const [h, c] of bg.df) t[h & MASK] += c;
    folded.set(bg, t);
  }
  return t;
}

/**
 * Document frequencies learned from the stream, in a fixed-size hashed table (memory does not grow), on
 * top of an optional background corpus's (read-only, not persisted: `df` and `n` are the stream's own).
 */
export class Idf {
  df = new Uint32Array(1 << BITS);
  n = 0;
  private logN = 0;
  private readonly bg: Uint32Array | null;
  private readonly bgDocs: number;

  /**
   * `prior`: documents assumed seen before the stream, containing none of its terms (cold start);
   * `background`: a general corpus's document frequencies, counted as if seen before the stream.
   */
  constructor(
    readonly prior = 0,
    background: Background | null = null,
  ) {
    this.bg = background ? fold(background) : null;
    this.bgDocs = background?.docs ?? 0;
    this.setN(0);
  }

  setN(n: number): void {
    this.n = n;
    this.logN = Math.log(n + this.prior + this.bgDocs + 1);
  }

  observe(terms: Iterable<number>): void {
    this.setN(this.n + 1);
    for (const h of terms) this.df[h & MASK]++;
  }

  weight(h: number): number {
    const slot = h & MASK;
    const df = this.df[slot] + (this.bg === null ? 0 : this.bg[slot]);
    return this.logN - (df < SMALL ? LOG_DF[df] : Math.log(df + 0.5));
  }
}
