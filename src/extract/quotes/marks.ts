import type { Sentence } from "../text/sentences.ts";
import type { Tokens } from "../text/tokens.ts";

/** A quoted stretch as token indices of its marks; `close` is -1 when the paragraph ends first. */
export interface QuoteRegion {
  open: number;
  close: number;
  /** Last token inside or at the end of the region. */
  last: number;
}

const OPEN_ONLY = new Set(["“", "„", "«"]);
const CLOSE_ONLY = new Set(["”", "»"]);
const EITHER = new Set(['"', "''"]);

/** Pairs quotation marks paragraph by paragraph, accepting mismatched “ " pairs. */
export function findQuoteRegions(text: string, tk: Tokens, sents: Sentence[]): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  let i = 0;
  while (i < sents.length) {
    let j = i;
    while (j < sents.length && sents[j].para === sents[i].para) j++;
    pairParagraph(text, tk, sents[i].first, sents[j - 1].last, out);
    i = j;
  }
  return out;
}

function pairParagraph(text: string, tk: Tokens, first: number, last: number, out: QuoteRegion[]): void {
  let open = -1;
  for (let k = first; k < last; k++) {
    const w = tk.raw[k];
    let role = OPEN_ONLY.has(w) ? 1 : CLOSE_ONLY.has(w) ? 2 : EITHER.has(w) ? straightRole(text, tk, k) : 0;
    if (role === 0) continue;
    if (role === 1 && open >= 0 && OPEN_ONLY.has(w) && closesHere(text, tk, k)) role = 2;
    if (open < 0) {
      if (role === 1 || EITHER.has(w) || k === first) open = k;
      continue;
    }
    if (role === 2 || EITHER.has(w)) {
      const end = gluedSingle(text, tk, k) ? k + 1 : k;
      out.push({ open, close: end, last: end });
      open = -1;
      k = end;
    } else if (role === 1) open = k; // two openers: the first was stray
  }
  if (open >= 0) out.push({ open, close: -1, last: last - 1 });
}

/**
 * A nested close (first,''' said) tokenizes as a double mark and then a single one; the glued single mark is
 * the inner quote's close, so it belongs to the region instead of standing between the quote and its cue.
 */
function gluedSingle(text: string, tk: Tokens, k: number): boolean {
  const w = tk.raw[k + 1];
  return (w === "'" || w === "’") && tk.start[k + 1] === tk.end[k] && !/\w/.test(text[tk.end[k + 1]] ?? " ");
}

/** A mark glued to the word before it and followed by a space or punctuation closes ("here,“ said"). */
function closesHere(text: string, tk: Tokens, k: number): boolean {
  const prev = text[tk.start[k] - 1] ?? " ";
  const next = text[tk.end[k]] ?? " ";
  return !/\s/.test(prev) && /[\s.,;:!?)]/.test(next);
}

/** 1 when a straight mark opens (space or start before it), else 2. */
function straightRole(text: string, tk: Tokens, k: number): number {
  const s = tk.start[k];
  if (s === 0) return 1;
  const prev = text[s - 1];
  const next = text[tk.end[k]] ?? " ";
  if (/[\s([—–-]/.test(prev) && !/\s/.test(next)) return 1;
  return 2;
}

/** Per-token index of the enclosing region (marks included), or -1. */
export function regionIndex(n: number, regions: QuoteRegion[]): Int32Array {
  const at = new Int32Array(n).fill(-1);
  regions.forEach((r, idx) => {
    for (let k = r.open; k <= r.last; k++) at[k] = idx;
  });
  return at;
}
