import type { Tokens } from "./tokens.ts";

/** A sentence as a half-open token range [first, last) plus its paragraph index. */
export interface Sentence {
  first: number;
  last: number;
  para: number;
}

const END = new Set([".", "!", "?"]);
const CLOSERS = new Set(["”", '"', "’", "''", ")", "]"]);

/** Splits tokens into sentences at ., ! and ? (with trailing closing marks) and at paragraph breaks. */
export function splitSentences(text: string, tk: Tokens): Sentence[] {
  const out: Sentence[] = [];
  const n = tk.raw.length;
  let first = 0;
  let para = 0;
  for (let i = 0; i < n; i++) {
    if (END.has(tk.raw[i])) {
      while (i + 1 < n && CLOSERS.has(tk.raw[i + 1]) && tk.start[i + 1] === tk.end[i]) i++;
    }
    const gap = text.slice(tk.end[i], i + 1 < n ? tk.start[i + 1] : text.length);
    const paraBreak = gap.includes("\n");
    const cut =
      paraBreak || ((END.has(tk.raw[i]) || CLOSERS.has(tk.raw[i])) && gap.length > 0 && endsHere(tk, i, n));
    if (!cut) continue;
    out.push({ first, last: i + 1, para });
    first = i + 1;
    if (paraBreak) para++;
  }
  if (first < n) out.push({ first, last: n, para });
  return out;
}

function endsHere(tk: Tokens, i: number, n: number): boolean {
  if (i + 1 >= n) return true;
  if (!END.has(tk.raw[i])) {
    let j = i;
    while (j > 0 && CLOSERS.has(tk.raw[j])) j--;
    if (!END.has(tk.raw[j])) return false;
  }
  return startsSentence(tk.raw[i + 1]);
}

function startsSentence(w: string): boolean {
  if (w === "“" || w === '"' || w === "‘" || w === "''" || w === "(" || w === "—") return true;
  const c = w[0];
  return c !== c.toLowerCase() || (c >= "0" && c <= "9");
}
