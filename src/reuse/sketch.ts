import { fmix32 as fmix32Imported, hash3 as hash3Imported } from "./hash.ts";
import type { Tokens } from "./tokenize.ts";

/** Local bindings: imported ones compile to getters under tsx, slow in hot loops. */
const fmix32 = fmix32Imported;
const hash3 = hash3Imported;

/**
 * One-permutation MinHash over word 3-grams with optimal densification (Shrivastava 2017):
 * the top bits of a shingle's hash pick its bin, the rest rank it; each bin keeps a 16-bit fingerprint
 * of its minimum, and empty bins borrow from a bin chosen by a fixed probe sequence.
 */
export function sketch(tokens: Tokens, bins: number, out: Uint16Array, mins: Uint32Array): boolean {
  const shift = 32 - Math.log2(bins);
  const rankMask = shift === 32 ? 0xffffffff : (1 << shift) - 1;
  mins.fill(0xffffffff, 0, bins);
  const h = tokens.hash;
  const n = tokens.n;
  let filled = 0;
  for (let i = 2; i < n; i++) {
    const s = hash3(h[i - 2], h[i - 1], h[i]);
    const bin = s >>> shift;
    const rank = (s & rankMask) >>> 0;
    if (rank < mins[bin] || mins[bin] === 0xffffffff) {
      if (mins[bin] === 0xffffffff) filled++;
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
