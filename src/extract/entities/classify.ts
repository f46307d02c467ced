import { CUES } from "../quotes/cues.ts";
import type { Doc } from "../text/doc.ts";
import { COMPANIES, ORG_NOUNS } from "./companies.ts";
import {
  functionWord,
  knownDemonym,
  knownFirstName,
  knownOrganization,
  knownPlace,
  pluralNoun,
} from "./gazetteer.ts";
import {
  HONORIFICS,
  ORG_SINGLE,
  ORG_WORDS,
  PLACE_ACRONYMS,
  PLACE_MULTI,
  PLACE_WORDS,
  PLACES,
  SIZE_CODES,
} from "./lexicon.ts";
import type { Mention } from "./mentions.ts";
import {
  brandShaped,
  dateOrCaps,
  firstName,
  initialsOnly,
  ordinaryPhrase,
  product,
  quotedTitle,
  roleHeaded,
  team,
  thingHeaded,
  vessel,
} from "./noise.ts";
import { nameless, placeShaped } from "./shapes.ts";
import { titledAcronym } from "./speakers.ts";
import { commonWord } from "./words.ts";

/** "common": an ordinary word that only counts when it repeats a person's surname ("Guest", "Rice"). */
export type Kind = "person" | "organization" | "place" | "unknown" | "common" | "skip";

const DEMONYM = /(an|ian|ese|ish|i|ch)$/;

/** Decides what a mention names, from its words, its title and the words around it. */
export function classify(doc: Doc, m: Mention): Kind {
  const { lower, raw } = doc.tk;
  const words = m.name.split(/\s+/);
  const low = words.map((w) => w.toLowerCase());
  const parts = low.flatMap((w) => w.split("-"));
  if (words.length === 1 && SIZE_CODES.has(m.name) && aloneOnLine(doc, m)) return "skip";
  const line = lineAround(doc, m);
  // "By Jane Roe, The Courier": the byline names the writer, not someone in the story
  if (/^\s*by\s/i.test(line.before) && line.before.length + line.after.length < 100) return "skip";
  if (dateOrCaps(words)) return "skip";
  // "ARNHAL, March 8 (Wire) -": a dateline opens with a place
  if (line.before.trim() === "" && m.name === m.name.toUpperCase() && DATELINE.test(line.after))
    return "place";
  if (words.length === 1 && PLACE_ACRONYMS.has(m.name)) return "place";
  // "IE 7", "BlackBerry 10", "Apollo 11": a model or a number in a series
  if (words.length === 1 && /^\d{1,3}(?:\.\d+)*$/.test(raw[m.b] ?? "") && !CUES.has(lower[m.b + 1] ?? ""))
    return "skip";
  const initials = initialsOnly(words);
  if (initials) return initials;
  if (nameless(words, low)) return "skip";
  // "the city of Bandar Abbas"
  if (lower[m.a - 1] === "of" && PLACE_WORDS.has(lower[m.a - 2] ?? "") && lower[m.a - 3] === "the")
    return "place";
  if (!m.title && (quotedTitle(doc, m) || vessel(doc, m, words, low) || product(words, low))) return "skip";
  if (words.length >= 3 && /^(?:Mount|Mt\.?|Lake|Cape)$/.test(words[0])) return "place";
  if (PLACES.has(words[words.length - 1]) && (words.length === 1 || PLACE_MULTI.has(words[0])))
    return "place";
  // "Chief Public Relations Officer": a title whose "name" is more title
  if (m.title && roleHeaded(words, low)) return "skip";
  // "the governor of Qeshm": what a governor or mayor heads is a place
  if (m.title && lower[m.title[1] - 1] === "of" && /^(?:governor|mayor)$/.test(lower[m.title[1] - 2] ?? ""))
    return "place";
  if (m.title && !low.some((w) => ORG_WORDS.has(w)) && titledPerson(doc, m)) return "person";
  if (HONORIFICS.has(lower[m.a - 1] ?? "")) return "person";
  const cap = low[0].charAt(0).toUpperCase() + low[0].slice(1);
  if (words.length === 1 && (ORG_SINGLE.has(words[0]) || ORG_SINGLE.has(cap))) return "organization";
  // a bare "News" or "Ministry" (page chrome, headline words) names nothing, unless it speaks
  if (words.length === 1 && ORG_WORDS.has(low[0]) && !CUES.has(lower[m.b] ?? "")) return "skip";
  if (parts.some((w) => ORG_WORDS.has(w)) || /^[A-Z]{2,6}$/.test(m.name) || knownOrganization(m.name))
    return "organization";
  if (words.length === 1 && COMPANIES.has(m.name)) return "organization";
  if (team(words)) return "organization";
  if (words.length === 1 && words[0].split("-").every(knownDemonym)) return "skip";
  if (PLACES.has(words[words.length - 1]) && (words.length === 1 || PLACE_MULTI.has(words[0])))
    return "place";
  if (PLACE_WORDS.has(lower[m.b] ?? "") || (words.length > 1 && PLACE_WORDS.has(low[low.length - 1])))
    return "place";
  // "Somali" or a surname such as "Lohan": kept only as the surname of someone named in full
  if (words.length === 1 && DEMONYM.test(low[0]) && !CUES.has(lower[m.b] ?? "")) return "common";
  if (words.length >= 2 && PLACE_MULTI.has(words[0]) && DEMONYM.test(low[1])) return "skip";
  if (words.length === 1 && /^(in|near|from|outside|across|to|off)$/.test(lower[m.a - 1] ?? ""))
    return knownPlace(m.name) || !commonWord(m.name) ? "place" : "common";
  if (words.length === 1 && /^(?:central|(?:north|south|east|west)ern)$/.test(lower[m.a - 1] ?? ""))
    return "place";
  if ((knownPlace(m.name) || placeShaped(words, low)) && !knownFirstName(words[0])) return "place";
  // "the provincial capital Banda Aceh", "the river Tarn"
  if (!m.title && PLACE_WORDS.has(lower[m.a - 1] ?? "") && !knownFirstName(words[0])) return "place";
  // "16-year-old Kimani Gray"
  if (/(?:^|-)old$/.test(lower[m.a - 1] ?? "") && words.length >= 2 && words.length <= 4) return "person";
  return personOrNot(words, low, raw.slice(m.a, m.b));
}

/** The last rules, for names no word list placed: a person's name, a role, an ordinary phrase. */
function personOrNot(words: string[], low: string[], toks: string[]): Kind {
  if (roleHeaded(words, low) || (words.length >= 2 && ordinaryPhrase(words))) return "skip";
  const brand = brandShaped(words);
  if (brand) return brand;
  if (words.length === 1 && functionWord(words[0])) return "skip";
  if (words.length === 1 && !firstName(words[0]) && commonWord(words[0])) return "common";
  if (words.length >= 2 && words.length <= 4 && !toks.some((w) => PLACES.has(w))) {
    if (notPerson(words)) return "skip";
    return thingHeaded(words) ? "unknown" : "person";
  }
  return "unknown";
}

/** "the governor of Qeshm", "the official IRNA news agency": a title before a place or a body. */
function titledPerson(doc: Doc, m: Mention): boolean {
  const { lower } = doc.tk;
  if (!m.title || lower[m.title[1] - 1] === "of" || titledAcronym(doc, m)) return false;
  return !ORG_NOUNS.has(lower[m.b] ?? "") && lower[m.b] !== "news";
}

/** "Military Reporters", "Residents of Miravost": a plural noun and no first name. */
function notPerson(words: string[]): boolean {
  if (knownFirstName(words[0])) return false;
  return pluralNoun(words[words.length - 1]) || pluralNoun(words[0]);
}

const DATELINE =
  /^,?\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+[a-z]+\b|\()|^\s*[—–-]\s/i;

/** The text of the mention's line before and after it. */
function lineAround(doc: Doc, m: Mention): { before: string; after: string } {
  const a = doc.tk.start[m.a];
  const b = doc.tk.end[m.b - 1];
  const from = doc.text.lastIndexOf("\n", a - 1) + 1;
  const nl = doc.text.indexOf("\n", b);
  return { before: doc.text.slice(from, a), after: doc.text.slice(b, nl < 0 ? doc.text.length : nl) };
}

/** Page chrome such as a text-size picker puts "XS", "SM", "MD" on lines of their own. */
function aloneOnLine(doc: Doc, m: Mention): boolean {
  const a = doc.tk.start[m.a];
  const b = doc.tk.end[m.b - 1];
  return (
    /(^|\n)\s*$/.test(doc.text.slice(Math.max(0, a - 3), a)) && /^\s*(\n|$)/.test(doc.text.slice(b, b + 3))
  );
}
