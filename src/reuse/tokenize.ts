import { LOWER as LOWER_TABLE, lowerWide as lowerWideImported } from "./chars.ts";
import { FNV_OFFSET as OFFSET, FNV_PRIME as PRIME } from "./hash.ts";

/** Local copies: imported bindings compile to getters under tsx, too slow for a per-character loop. */
const FNV_OFFSET = OFFSET;
const FNV_PRIME = PRIME;
const LOWER = LOWER_TABLE;
const lowerWide = lowerWideImported;

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

/** Flags of a token starting with code c (lowercased to l). */
function startFlags(c: number, l: number): number {
  return l !== c ? CAPITAL : c >= 48 && c <= 57 ? NUMERIC : 0;
}

/**
 * Lowercased word tokens with FNV-1a hashes, UTF-16 offsets and flags (quoted, capitalised, numeric,
 * chrome line). Quotes: “ opens, ” closes, " toggles, a line break closes. Reuses `out` when given.
 */
export function tokenize(text: string, out: Tokens = emptyTokens()): Tokens {
  const len = text.length;
  let { hash, start, end, flags } = out;
  let n = 0;
  let quoted = 0;
  let lineFirst = 0;
  let i = 0;
  while (i < len) {
    let c = text.charCodeAt(i);
    let l = c < 128 ? LOWER[c] : lowerWide(c);
    if (l === 0) {
      if (c === 10) {
        if (n - lineFirst < CHROME_LINE_TOKENS) for (let k = lineFirst; k < n; k++) flags[k] |= CHROME;
        lineFirst = n;
        quoted = 0;
      } else if (c === 0x201c || c === 0xab) quoted = QUOTED;
      else if (c === 0x201d || c === 0xbb) quoted = 0;
      else if (c === 34) quoted ^= QUOTED;
      i++;
      continue;
    }
    if (n === hash.length) {
      growTo(out, n + 1);
      ({ hash, start, end, flags } = out);
    }
    start[n] = i;
    flags[n] = quoted | startFlags(c, l);
    let h = FNV_OFFSET;
    do {
      h = Math.imul(h ^ l, FNV_PRIME);
      if (++i === len) break;
      c = text.charCodeAt(i);
      l = c < 128 ? LOWER[c] : lowerWide(c);
    } while (l !== 0);
    hash[n] = h;
    end[n++] = i;
  }
  if (n - lineFirst < CHROME_LINE_TOKENS) for (let k = lineFirst; k < n; k++) flags[k] |= CHROME;
  out.n = n;
  return out;
}
