import { STOPWORDS } from "./stopwords.ts";
import type { Token } from "./tokens.ts";

export type NameKind = "person" | "organization" | "place";
export interface Name {
  kind: NameKind | null;
  name: string;
}

const ORG_WORDS =
  /\b(inc|corp|corporation|company|co|ltd|llc|group|bank|university|college|ministry|department|agency|council|committee|party|police|army|navy|force|forces|court|association|union|institute|center|centre|hospital|school|club|times|post|news|press|network|foundation|commission|office|service|fund|league|board|parliament|congress|senate|government|authority|federation|team)$/i;
const PERSON_CUES =
  /^(secretary|secretary-general|spokesman|mr|mrs|ms|dr|president|senator|sen|rep|gov|governor|minister|prime|judge|actor|actress|singer|star|chief|general|gen|captain|officer|spokesman|spokeswoman|spokesperson|coach|sir|lord|king|queen|prince|princess|pope)$/i;
const NOT_NAMES = new Set(
  "january february march april june july august september october november december breaking update photo video".split(
    " ",
  ),
);
const DEMONYM = /^(\S+ )?\S+(ean|ian|ese|ish)$/;
const COMPASS =
  /^(north|south|east|west|northern|southern|eastern|western|new|san|los|las|saint|st|united)\b/i;
const PLACE_CUES = /^(in|at|near|from|to|across|outside|inside)$/i;
const PLACE_SUFFIX =
  /\b(city|county|island|islands|province|state|region|valley|river|beach|bay|street|coast|district)$/i;

/** Runs of capitalized words, read as names; sentence-initial single words only if seen mid-sentence too. */
export function findNames(tokens: Token[]): Name[] {
  const midCaps = new Set<string>();
  for (const t of tokens) if (t.capital && !t.sentenceStart) midCaps.add(t.lower);
  const out: Name[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!isNameWord(t, midCaps)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && continues(tokens[j - 1], tokens[j])) j++;
    const words = tokens.slice(i, j).map((x) => x.word.replace(/['’]s$/, ""));
    out.push({ kind: guessKind(tokens, i, j, words), name: words.join(" ") });
    i = j;
  }
  return out;
}

/** A name goes on over single spaces to capitalized words, and stops after a possessive. */
function continues(prev: Token, t: Token): boolean {
  if (!t.capital || !t.spaced || t.sentenceStart || /^\d/.test(t.word) || NOT_NAMES.has(t.lower))
    return false;
  if (PERSON_CUES.test(t.word)) return false;
  return !/['’]s$/.test(prev.word);
}

function isNameWord(t: Token, midCaps: Set<string>): boolean {
  if (!t.capital || /^\d/.test(t.word) || t.word.length < 2) return false;
  if (STOPWORDS.has(t.lower) || NOT_NAMES.has(t.lower) || PERSON_CUES.test(t.word)) return false;
  return !t.sentenceStart || midCaps.has(t.lower);
}

function guessKind(tokens: Token[], i: number, j: number, words: string[]): NameKind | null {
  const full = words.join(" ");
  if (ORG_WORDS.test(full)) return "organization";
  if (DEMONYM.test(full)) return null;
  if (COMPASS.test(full)) return "place";
  if (PLACE_SUFFIX.test(full)) return "place";
  const prev = tokens[i - 1];
  const next = tokens[j];
  if (prev && PERSON_CUES.test(prev.word)) return "person";
  if (next && /^(said|says|told|who|added|, )$/i.test(next.lower) && words.length >= 2) return "person";
  if (prev && PLACE_CUES.test(prev.word) && words.length <= 2) return "place";
  if (words.length === 2 && words.every((w) => /^[A-Z][a-z]+$/.test(w))) return "person";
  if (words.every((w) => /^[A-Z]{2,}$/.test(w))) return "organization";
  return null;
}
