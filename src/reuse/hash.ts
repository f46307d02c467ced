/** 32-bit integer hashing helpers (no allocation, Math.imul arithmetic). */

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** murmur3 finaliser: full avalanche of a 32-bit value. */
export function fmix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Order-sensitive hash of three token hashes (a word 3-gram). */
export function hash3(a: number, b: number, c: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul((b << 7) | (b >>> 25), 0x85ebca77);
  h ^= Math.imul((c << 13) | (c >>> 19), 0xc2b2ae3d);
  return fmix32(h);
}

/** Order-sensitive hash of two token hashes (a word 2-gram). */
export function hash2(a: number, b: number): number {
  return fmix32(Math.imul(a, 0x9e3779b1) ^ Math.imul((b << 11) | (b >>> 21), 0x85ebca77));
}

/** FNV-1a of a lowercase ASCII/BMP string, identical to the tokenizer's word hash. */
export function hashWord(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}
