import { type Sentence, splitSentences } from "./sentences.ts";
import { type Tokens, tokenize } from "./tokens.ts";

/** A tokenised, sentence-split text shared by the extractors. */
export interface Doc {
  text: string;
  tk: Tokens;
  sents: Sentence[];
  /** Sentence index of every token. */
  sentOf: Int32Array;
}

export function parseDoc(text: string): Doc {
  const tk = tokenize(text);
  const sents = splitSentences(text, tk);
  const sentOf = new Int32Array(tk.raw.length);
  sents.forEach((s, i) => {
    sentOf.fill(i, s.first, s.last);
  });
  return { text, tk, sents, sentOf };
}

let cached: Doc | null = null;

/** parseDoc with a one-entry cache: the extractors of one article share a single parse. */
export function getDoc(text: string): Doc {
  if (cached?.text !== text) cached = parseDoc(text);
  return cached;
}

/** Character span of the token range [a, b). */
export function charSpan(doc: Doc, a: number, b: number): [number, number] {
  return [doc.tk.start[a], doc.tk.end[b - 1]];
}

export function isCapitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && w[0] !== w[0].toLowerCase());
}

const WORD_START = /^[\p{L}\p{N}]/u;

export function isWord(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_START.test(w);
}
