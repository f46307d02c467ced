import type { DiffOp } from "./brief.ts";

const QUOTE_MARKS = /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g;
const DQUOTE_MARKS = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g;

/** Words of a text for comparison: case, quote-mark style and punctuation do not count. */
export function words(text: string): string[] {
  const t = text
    .normalize("NFKC")
    .replace(QUOTE_MARKS, "'")
    .replace(DQUOTE_MARKS, '"')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'\s]+/gu, " ")
    .replace(/(^|\s)'+|'+(?=\s|$)/g, " ");
  return t.split(/\s+/).filter((w) => w.length > 0);
}

/** The words of a text as they appear (for display in diffs): punctuation kept on the word. */
export function displayWords(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

/** Length of the longest common subsequence of two word lists. */
export function lcsLength(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/**
 * Word-level diff turning `base` into `other`. Words compare by `words()` normal form; the
 * display keeps each side's own spelling.
 */
export function wordDiff(base: string, other: string): DiffOp[] {
  const a = displayWords(base);
  const b = displayWords(other);
  const na = a.map(key);
  const nb = b.map(key);
  const m = a.length;
  const n = b.length;
  const t: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  for (let i = m - 1; i >= 0; i--)
    for (let j = n - 1; j >= 0; j--)
      t[i][j] = na[i] === nb[j] ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
  const ops: DiffOp[] = [];
  let i = 0;
  let j = 0;
  while (i < m || j < n) {
    if (i < m && j < n && na[i] === nb[j]) {
      push(ops, "same", b[j++]);
      i++;
    } else if (i < m && (j === n || t[i + 1][j] >= t[i][j + 1])) push(ops, "del", a[i++]);
    else push(ops, "add", b[j++]);
  }
  return ops;
}

function key(w: string): string {
  return words(w).join(" ");
}

function push(ops: DiffOp[], op: DiffOp["op"], text: string): void {
  const last = ops[ops.length - 1];
  if (last && last.op === op) last.text += ` ${text}`;
  else ops.push({ op, text });
}
