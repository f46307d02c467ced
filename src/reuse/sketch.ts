import { LOWER as LOWER_TABLE, lowerWide as lowerWideImported } from "./chars.ts";
import { FNV_OFFSET, FNV_PRIME, fmix32 as fmix32Imported, hash3 as hash3Imported } from "./hash.ts";
import { isStopHash as isStopImported } from "./stopwords.ts";
import type { Tokens } from "./tokenize.ts";

/** Local bindings: imported ones compile to getters under tsx, slow in hot loops. */
const fmix32 = fmix32Imported;
const hash3 = hash3Imported;
const LOWER = LOWER_TABLE;
const lowerWide = lowerWideImported;
const OFFSET = FNV_OFFSET;
const PRIME = FNV_PRIME;
const EMPTY = 0xffffffff;
const isStop = isStopImported;

/**
 * One-permutation MinHash over word 3-grams with optimal densification (Shrivastava 2017):
 * the top bits of a shingle's hash pick its bin, the rest rank it; each bin keeps a 16-bit fingerprint
 * of its minimum, and empty bins borrow from a bin chosen by a fixed probe sequence. 3-grams made only
 * of function words ("one of the") are skipped: shared by half the corpus, they would flood the LSH.
 */
export function sketch(tokens: Tokens, bins: number, out: Uint16Array, mins: Uint32Array): boolean {
  const shift = 32 - Math.log2(bins);
  const rankMask = shift === 32 ? EMPTY : (1 << shift) - 1;
  mins.fill(EMPTY, 0, bins);
  const h = tokens.hash;
  const n = tokens.n;
  let filled = 0;
  let stops = 0;
  for (let i = 0; i < n; i++) {
    stops = ((stops << 1) | (isStop(h[i]) ? 1 : 0)) & 7;
    if (i < 2 || stops === 7) continue;
    const s = hash3(h[i - 2], h[i - 1], h[i]);
    const bin = s >>> shift;
    const rank = (s & rankMask) >>> 0;
    if (rank < mins[bin]) {
      if (mins[bin] === EMPTY) filled++;
      mins[bin] = rank;
      out[bin] = fmix32(s ^ 0x5bd1e995) & 0xffff;
    }
  }
  if (filled === 0) {
    out.fill(0, 0, bins);
    return false;
  }
  if (filled < bins) densify(bins, out, mins);
  return true;
}

/** Fill each empty bin from the first non-empty bin on its own pseudo-random probe sequence. */
function densify(bins: number, out: Uint16Array, mins: Uint32Array): void {
  for (let i = 0; i < bins; i++) {
    if (mins[i] !== 0xffffffff) continue;
    for (let attempt = 1; ; attempt++) {
      const j = fmix32(Math.imul(i + 1, 0x9e3779b1) ^ attempt) & (bins - 1);
      if (mins[j] !== 0xffffffff) {
        out[i] = out[j];
        break;
      }
    }
  }
}

/**
 * `sketch(tokenize(text))` in one pass over the characters, without token arrays: the hot path of
 * `ReuseIndex.add`, which tokenises fully only when the index returns candidates.
 */
export function sketchText(text: string, bins: number, out: Uint16Array, mins: Uint32Array): boolean {
  const shift = 32 - Math.log2(bins);
  const rankMask = shift === 32 ? EMPTY : (1 << shift) - 1;
  mins.fill(EMPTY, 0, bins);
  const len = text.length;
  let h1 = 0;
  let h2 = 0;
  let words = 0;
  let filled = 0;
  let stops = 0;
  let i = 0;
  while (i < len) {
    let c = text.charCodeAt(i);
    let l = c < 128 ? LOWER[c] : lowerWide(c);
    if (l === 0) {
      i++;
      continue;
    }
    let h = OFFSET;
    do {
      h = Math.imul(h ^ l, PRIME);
      if (++i === len) break;
      c = text.charCodeAt(i);
      l = c < 128 ? LOWER[c] : lowerWide(c);
    } while (l !== 0);
    h >>>= 0;
    stops = ((stops << 1) | (isStop(h) ? 1 : 0)) & 7;
    if (++words >= 3 && stops !== 7) {
      const s = hash3(h1, h2, h);
      const bin = s >>> shift;
      const rank = (s & rankMask) >>> 0;
      if (rank < mins[bin]) {
        if (mins[bin] === EMPTY) filled++;
        mins[bin] = rank;
        out[bin] = fmix32(s ^ 0x5bd1e995) & 0xffff;
      }
    }
    h1 = h2;
    h2 = h;
  }
  if (filled === 0) {
    out.fill(0, 0, bins);
    return false;
  }
  if (filled < bins) densify(bins, out, mins);
  return true;
}
