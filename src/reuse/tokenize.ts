import { FNV_OFFSET as OFFSET, FNV_PRIME as PRIME } from "./hash.ts";

/** Local copies: imported bindings compile to getters under tsx, too slow for a per-character loop. */
const FNV_OFFSET = OFFSET;
const FNV_PRIME = PRIME;

/** Token flags. */
export const QUOTED = 1;
export const CAPITAL = 2;
export const NUMERIC = 4;
/** Token on a line too short to be prose (navigation, captions, headings): ignored as evidence. */
export const CHROME = 8;

/** Lines with fewer tokens than this are treated as chrome. */
const CHROME_LINE_TOKENS = 5;

/** Word tokens of a text as parallel typed arrays (only the first `n` entries are valid). */
export interface Tokens {
  n: number;
  hash: Uint32Array;
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
}

export function emptyTokens(capacity = 1024): Tokens {
  return {
    n: 0,
    hash: new Uint32Array(capacity),
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    flags: new Uint8Array(capacity),
  };
}

/** Room for `min` tokens (a text of L characters has at most L/2 + 1 words). */
function growTo(t: Tokens, min: number): void {
  const cap = Math.max(t.hash.length * 2, Math.ceil(min));
  const hash = new Uint32Array(cap);
  const start = new Int32Array(cap);
  const end = new Int32Array(cap);
  const flags = new Uint8Array(cap);
  hash.set(t.hash);
  start.set(t.start);
  end.set(t.end);
  flags.set(t.flags);
  Object.assign(t, { hash, start, end, flags });
}

/** 0 = separator, 1 = lower/digit, 2 = upper ASCII (lowercased by +32), 3 = digit. */
const ASCII = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII[c] = 3;
for (let c = 65; c <= 90; c++) ASCII[c] = 2;
for (let c = 97; c <= 122; c++) ASCII[c] = 1;

/** Letters outside ASCII, roughly: Latin-1 letters and up, minus punctuation and symbol blocks. */
function isWordChar(c: number): boolean {
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return !(c >= 0xfe30 && c <= 0xff0f);
}

/** Lowercase for the common cased blocks (Latin-1, Greek, Cyrillic); `upper` tells whether it changed. */
function lowerWide(c: number): number {
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  if (c >= 0x391 && c <= 0x3a9) return c + 32;
  if (c >= 0x410 && c <= 0x42f) return c + 32;
  if (c >= 0x400 && c <= 0x40f) return c + 80;
  return c;
}

/**
 * Lowercased word tokens with FNV-1a hashes, UTF-16 offsets and flags (quoted, capitalised, numeric,
 * chrome line). Quotes: “ opens, ” closes, " toggles, a line break closes. Reuses `out` when given.
 */
export function tokenize(text: string, out: Tokens = emptyTokens()): Tokens {
  let n = 0;
  let h = FNV_OFFSET;
  let ws = -1;
  let wflags = 0;
  let quoted = 0;
  let lineFirst = 0;
  const len = text.length;
  if (out.hash.length < len / 2 + 2) growTo(out, len / 2 + 2);
  const { hash, start, end, flags } = out;
  for (let i = 0; i <= len; i++) {
    let c = i < len ? text.charCodeAt(i) : 10;
    let kind = c < 128 ? ASCII[c] : isWordChar(c) ? 1 : 0;
    if (kind !== 0) {
      if (c >= 128) {
        const l = lowerWide(c);
        if (l !== c) kind = 2;
        c = l;
      } else if (kind === 2) c += 32;
      if (ws < 0) {
        ws = i;
        h = FNV_OFFSET;
        wflags = quoted | (kind === 2 ? CAPITAL : kind === 3 ? NUMERIC : 0);
      }
      h = Math.imul(h ^ c, FNV_PRIME);
      continue;
    }
    if (ws >= 0) {
      hash[n] = h;
      start[n] = ws;
      end[n] = i;
      flags[n++] = wflags;
      ws = -1;
    }
    if (c === 10) {
      if (n - lineFirst < CHROME_LINE_TOKENS) for (let k = lineFirst; k < n; k++) flags[k] |= CHROME;
      lineFirst = n;
      quoted = 0;
    } else if (c === 0x201c || c === 0xab) quoted = QUOTED;
    else if (c === 0x201d || c === 0xbb) quoted = 0;
    else if (c === 34) quoted ^= QUOTED;
  }
  out.n = n;
  return out;
}
