import type { Span } from "../model/index.ts";

/** One difference inside an aligned passage: words of `a` replaced by words of `b`, dropped, or added. */
export interface Change {
  op: "sub" | "del" | "add";
  a: Span | null;
  b: Span | null;
}

export interface PassageDiff {
  /** Words common to both sides. */
  same: number;
  changes: Change[];
  /** True when the passage was too long to diff word by word. */
  truncated: boolean;
}

interface Tok {
  key: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const MAX_CELLS = 4_000_000;

export function tokens(text: string, span: Span): Tok[] {
  const out: Tok[] = [];
  const part = text.slice(span[0], span[1]);
  for (const m of part.matchAll(WORD)) {
    const start = span[0] + m.index;
    out.push({ key: m[0].toLowerCase().replace(/’/g, "'"), start, end: start + m[0].length });
  }
  return out;
}

/** Word-level diff of passage `sa` of `ta` against passage `sb` of `tb` (longest common subsequence). */
export function passageDiff(ta: string, sa: Span, tb: string, sb: Span): PassageDiff {
  const a = tokens(ta, sa);
  const b = tokens(tb, sb);
  if ((a.length + 1) * (b.length + 1) > MAX_CELLS) return { same: 0, changes: [], truncated: true };
  const w = b.length + 1;
  const t = new Int32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      t[i * w + j] =
        a[i].key === b[j].key ? t[(i + 1) * w + j + 1] + 1 : Math.max(t[(i + 1) * w + j], t[i * w + j + 1]);
  const changes: Change[] = [];
  let dels: Tok[] = [];
  let adds: Tok[] = [];
  const flush = () => {
    if (dels.length || adds.length) changes.push(change(dels, adds));
    dels = [];
    adds = [];
  };
  let i = 0;
  let j = 0;
  let same = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i].key === b[j].key) {
      flush();
      same++;
      i++;
      j++;
    } else if (j < b.length && (i === a.length || t[i * w + j + 1] >= t[(i + 1) * w + j])) adds.push(b[j++]);
    else dels.push(a[i++]);
  }
  flush();
  return { same, changes, truncated: false };
}

function change(dels: Tok[], adds: Tok[]): Change {
  const a: Span | null = dels.length ? [dels[0].start, dels[dels.length - 1].end] : null;
  const b: Span | null = adds.length ? [adds[0].start, adds[adds.length - 1].end] : null;
  return { op: a && b ? "sub" : a ? "del" : "add", a, b };
}
