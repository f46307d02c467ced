import { STOPWORDS } from "./stopwords.ts";

/** A word in the text, with whether it was capitalized mid-sentence (a name-like token). */
export interface Token {
  word: string;
  lower: string;
  start: number;
  capital: boolean;
  sentenceStart: boolean;
  /** separated from the previous word by exactly one space (names run only across such gaps) */
  spaced: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*/gu;

/** Splits text into word tokens, marking sentence starts (after . ! ? or a line break). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    const sentenceStart = out.length === 0 || breaks(text, last, start);
    const spaced = start === last + 1 && text.charCodeAt(last) === 32;
    const word = m[0];
    const c = word.charCodeAt(0);
    const capital = word[0] !== word[0].toLowerCase() || (c >= 65 && c <= 90);
    out.push({ word, lower: word.toLowerCase(), start, capital, sentenceStart, spaced });
    last = start + word.length;
  }
  return out;
}

const BREAKS = new Set('.!?:;\n|"“”');

/** Whether text[from, to) holds a sentence or line break. */
function breaks(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (BREAKS.has(text[i])) return true;
  return false;
}

/** Light suffix stripping so "troops"/"troop" and "killed"/"kill" meet. */
export function stem(w: string): string {
  if (w.length <= 4) return w;
  if (w.endsWith("ies")) return w.slice(0, -3) + "y";
  if (w.endsWith("ing") && w.length > 6) return w.slice(0, -3);
  if (w.endsWith("ed") && w.length > 5) return w.slice(0, -2);
  if (w.endsWith("es") && /(ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) return w.slice(0, -1);
  return w;
}

/** A content term for the bag of words, or null for stopwords and noise. */
export function contentTerm(lower: string): string | null {
  if (lower.length < 2 || STOPWORDS.has(lower)) return null;
  if (/^\d+$/.test(lower) && lower.length < 2) return null;
  return stem(lower.replace(/['’]s$/, ""));
}
