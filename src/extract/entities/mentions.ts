import { type Doc, isCapitalised, isWord } from "../text/doc.ts";
import { ORG_COMPOUND } from "./companies.ts";
import { leadWord, nameWord, roleNoun } from "./gazetteer.ts";
import { headlineBreak, headlineTokens } from "./headline.ts";
import { NOT_NAME, PLACE_MULTI, PLACE_PREFIX, TITLE_HEADS, TITLE_WORDS, WORD_NAMES } from "./lexicon.ts";
import { firstName } from "./noise.ts";
import { commonWord } from "./words.ts";

/** A run of capitalised tokens [a, b) with the title words found before its name part. */
export interface Mention {
  a: number;
  b: number;
  /** Token range of the title ("deputy Pentagon press secretary"), or null. */
  title: [number, number] | null;
  /** Surface text of the name part, possessive removed. */
  name: string;
}

const CONNECT = new Set(["of", "for", "de", "bin", "al", "von", "van", "der", "la", "du", "and"]);
const POSS = /[’']s$/;

/** Capitalised runs of the text, split into an optional leading title and a name part. */
export function findMentions(doc: Doc): Mention[] {
  const { raw } = doc.tk;
  const out: Mention[] = [];
  const n = raw.length;
  const inHeadline = headlineTokens(doc);
  const stop = (k: number) => inHeadline(k) && headlineBreak(raw[k]);
  let i = 0;
  while (i < n) {
    if (!nameToken(raw[i]) || (NOT_NAME.has(raw[i]) && !TITLE_WORDS.has(raw[i].toLowerCase())) || stop(i)) {
      i++;
      continue;
    }
    let b = i + 1;
    while (
      b < n &&
      !POSS.test(raw[b - 1]) &&
      !doc.text.slice(doc.tk.end[b - 1], doc.tk.start[b]).includes("\n")
    ) {
      if (stop(b)) break;
      if (nameToken(raw[b]) && (!NOT_NAME.has(raw[b]) || (raw[b].length <= 2 && b - i >= 2))) b++;
      else if (CONNECT.has(raw[b]) && b + 1 < n && nameToken(raw[b + 1]) && raw[b] !== "and") b += 2;
      else break;
    }
    // "al Qaeda", "el Sisi": the lowercase Arabic article belongs to the name
    const a =
      i > 0 && /^(?:al|el)$/.test(raw[i - 1]) && doc.tk.end[i - 1] + 1 === doc.tk.start[i] ? i - 1 : i;
    const m = split(doc, dropLead(raw, a, b), b);
    if (m) out.push(m);
    i = b;
  }
  return out;
}

/**
 * "Although Gigante", "Typically Microsoft", "Clearly Mark Felt", "Oslo-based Tarnova": the opening word is no
 * part of the name.
 */
function dropLead(raw: string[], a: number, b: number): number {
  const w = raw[a];
  if (b - a < 2 || WORD_NAMES.has(w) || TITLE_WORDS.has(w.toLowerCase())) return a;
  if (leadWord(w) || (/^[A-Z][a-z]+(?:ly|ing)$/.test(w) && commonWord(w)) || ORG_COMPOUND.test(w))
    return a + 1;
  return a;
}

function nameToken(w: string): boolean {
  return isWord(w) && isCapitalised(w);
}

/** Splits "NATO Secretary General Mark Rutte" into title and name; extends the title leftwards. */
function split(doc: Doc, a: number, b: number): Mention | null {
  const { raw, lower } = doc.tk;
  let lastTitle = -1;
  for (let k = a; k < b - 1; k++) if (TITLE_WORDS.has(lower[k])) lastTitle = k;
  const nameStart = lastTitle >= 0 && hasHead(lower, a, lastTitle + 1) ? lastTitle + 1 : a;
  const lead = nameStart === a && b - a >= 3 ? roleLead(raw[a], raw[a + 1]) : null;
  if (lead) {
    const name = doc.text.slice(doc.tk.start[a + 1], doc.tk.end[b - 1]).replace(POSS, "");
    return { a: a + 1, b, title: lead === "title" ? [a, a + 1] : null, name };
  }
  let ts = nameStart;
  while (ts - 1 >= 0 && (ts - 1 >= a || TITLE_WORDS.has(lower[ts - 1]) || titleAdjective(raw[ts - 1]))) ts--;
  while (ts < nameStart && (lower[ts] === "of" || lower[ts] === "the")) ts++;
  const title: [number, number] | null =
    ts < nameStart && hasHead(lower, ts, nameStart) ? [ts, nameStart] : null;
  b = personOf(raw, nameStart, b);
  const start = doc.tk.start[nameStart];
  const name = doc.text.slice(start, doc.tk.end[b - 1]).replace(POSS, "");
  if (!name || nameStart >= b) return null;
  return { a: nameStart, b, title, name };
}

/**
 * "Quarterback Peyton Manning", "RB Pierre Thomas": a role word before a first name is a title;
 * "Star Kevin Youkilis", "Englishman Robert Buckley": an ordinary word there is dropped.
 */
function roleLead(w: string, next: string): "title" | "drop" | null {
  if (!firstName(next) || firstName(w) || nameWord(w) || PLACE_MULTI.has(w) || PLACE_PREFIX.has(w))
    return null;
  if (roleNoun(w.toLowerCase()) || /^[A-Z]{2,4}$/.test(w)) return "title";
  return commonWord(w) ? "drop" : null;
}

/** "Kathryn Jenkin of Aberdare", "Vincent Jackson for Sunday": a person's name ends before "of"/"for". */
function personOf(raw: string[], a: number, b: number): number {
  if (!firstName(raw[a])) return b;
  for (let k = a + 2; k < b; k++) if (raw[k] === "of" || raw[k] === "for") return k;
  return b;
}

function titleAdjective(w: string): boolean {
  return isWord(w) && isCapitalised(w) && !NOT_NAME.has(w) && !/[’']s$/.test(w);
}

function hasHead(lower: string[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (TITLE_HEADS.has(lower[k])) return true;
  return false;
}
