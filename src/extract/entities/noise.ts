import type { Doc } from "../text/doc.ts";
import {
  functionWord,
  knownDemonym,
  knownFirstName,
  knownOrganization,
  knownPlace,
  knownTeam,
  nameWord,
  roleNoun,
} from "./gazetteer.ts";
import {
  DATE_WORDS,
  ORG_SINGLE,
  ORG_WORDS,
  PLACE_ACRONYMS,
  PLACES,
  SHIP_PREFIX,
  THING_ACRONYMS,
  TIME_ZONES,
  TITLE_WORDS,
  VESSEL_WORDS,
  WORD_NAMES,
} from "./lexicon.ts";
import type { Mention } from "./mentions.ts";
import { commonWord } from "./words.ts";

const CAPS = /^[A-Z]{2,}$/;
const MONTH_ABBR = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/i;

/** "JUL", "MON", "IST", "USD", "FIRE", "POSTED": a date, time zone, unit or ordinary word in capitals. */
function capsWord(w: string): boolean {
  if (!CAPS.test(w)) return false;
  if (DATE_WORDS.has(w.toLowerCase()) || TIME_ZONES.has(w) || THING_ACRONYMS.has(w)) return true;
  if (w.length <= 2) return functionWord(w) && !PLACE_ACRONYMS.has(w);
  return !ORG_SINGLE.has(w) && !knownOrganization(w) && commonWord(w);
}

/** "Saturday", "Oct.": a weekday or month, but not one that is also a name ("May", "June", "April"). */
function dayOrMonth(w: string): boolean {
  const l = w.toLowerCase().replace(/\.$/, "");
  return DATE_WORDS.has(l) && !/^(?:may|june|april|august|march|jan)$/.test(l);
}

/** Dates, times and capitalised headline words: "Thu Jun", "AM EST Dec", "MUST SEE", "IST MUMBAI". */
export function dateOrCaps(words: string[]): boolean {
  const noise = (w: string) =>
    capsWord(w) || TIME_ZONES.has(w) || DATE_WORDS.has(w.toLowerCase().replace(/\.$/, ""));
  if (words.length === 1) return capsWord(words[0]) || words[0].length === 1 || dayOrMonth(words[0]);
  if (words.every(noise)) return true;
  if (TIME_ZONES.has(words[0]) && words.every((w) => w === w.toUpperCase())) return true;
  return words.length <= 3 && MONTH_ABBR.test(words[words.length - 1]);
}

/** "MV Gibe", "Indian Naval Ship Sukanya", "Ethiopian-flagged ...", "the tanker Sirius Star": a vessel. */
export function vessel(doc: Doc, m: Mention, words: string[], low: string[]): boolean {
  if (words.some((w, i) => i < words.length - 1 && SHIP_PREFIX.has(w))) return true;
  if (low.some((w) => VESSEL_WORDS.has(w) || /-flagged$/.test(w))) return true;
  return VESSEL_WORDS.has(doc.tk.lower[m.a - 1] ?? "") && !TITLE_WORDS.has(low[0]);
}

/** "“Catching Fire”", "'American Pie'": a quoted name is a title of a work. */
export function quotedTitle(doc: Doc, m: Mention): boolean {
  const a = doc.tk.start[m.a];
  const b = a + m.name.length;
  const after = doc.text.slice(b, b + 2).replace(/^[,.]/, "");
  return /["“‘']/.test(doc.text[a - 1] ?? "") && /^["”’']/.test(after);
}

/** "Los Angeles Angels", "Red Sox", "Mets": a team, named by its town and a plural. */
export function team(words: string[]): boolean {
  const name = words.join(" ");
  if (knownTeam(name) || knownTeam(words[words.length - 1])) return true;
  const last = words[words.length - 1];
  if (words.length < 2) return false;
  if (last === "Sox") return true;
  const town = words.slice(0, -1).join(" ");
  return /[^s'’]s$/.test(last) && !nameWord(last) && (PLACES.has(town) || knownPlace(town));
}

/** "Fire Officer", "Public Relations Officer", "Marine Commandos": a role, not a name. */
export function roleHeaded(words: string[], low: string[]): boolean {
  if (words.length < 2 || firstName(words[0])) return false;
  const last = low[low.length - 1];
  const one = last.replace(/s$/, "");
  return TITLE_WORDS.has(last) || roleNoun(last) || roleNoun(one) || last === "commandos";
}

/** "Central Election", "Indian Naval", "Gold Glove": every word an ordinary word or a people's adjective. */
export function ordinaryPhrase(words: string[]): boolean {
  const content = words.filter((w) => !/^(?:of|for|the|and|de|la)$/i.test(w));
  return content.every((w) => !firstName(w) && !nameWord(w) && (commonWord(w) || knownDemonym(w)));
}

/** "Matanuska Creamery", "Morningside Recovery": an ordinary noun last, no first name first. */
export function thingHeaded(words: string[]): boolean {
  const last = words[words.length - 1];
  return words.length >= 2 && !firstName(words[0]) && !nameWord(last) && commonWord(last);
}

export function firstName(w: string): boolean {
  return knownFirstName(w) || WORD_NAMES.has(w);
}

/**
 * Shapes no person's name has: a word with digits ("BlackBerry Q10"), a word in capitals beside no first
 * name ("EYP MCF", "HMP Preston"): products and bodies; a camel-case word ("SeaMicro"): a company.
 */
export function brandShaped(words: string[]): "skip" | "organization" | null {
  if (words.some((w) => /\d/.test(w))) return "skip";
  if (words.some((w) => /^[A-Z][a-z]{2,}[A-Z]/.test(w) && !/^(?:Mac|Mc)/.test(w))) return "organization";
  const caps = words.some((w) => /^[A-Z]{3,4}$/.test(w) && !/^[IVXLC]+$/.test(w));
  return caps && words.length >= 2 && !words.some(firstName) ? "organization" : null;
}

/** "U. K.", "N. Y.": spaced initials, a place when they spell one; otherwise no name to list. */
export function initialsOnly(words: string[]): "place" | "skip" | null {
  if (words.length < 2 || !words.every((w) => /^[A-Z]\.$/.test(w))) return null;
  return PLACE_ACRONYMS.has(words.join("")) ? "place" : "skip";
}

/** "Toyota Camry", "Intel Xeon": a known company's name before a model is a product. */
export function product(words: string[], low: string[]): boolean {
  if (words.length < 2 || low.some((w) => ORG_WORDS.has(w))) return false;
  return ORG_SINGLE.has(words[0]) || knownOrganization(words[0]);
}
