import { pluralNoun } from "./gazetteer.ts";
import {
  COMMON_PLURALS,
  MISC_FIRST,
  MISC_LAST,
  PLACE_PREFIX,
  PLACE_WORDS,
  SHIP_PREFIX,
  TIME_ZONES,
  TITLE_WORDS,
} from "./lexicon.ts";

/**
 * Capitalised runs that name no person, organisation or place: a title alone ("Surgeon General"),
 * a time zone ("PM ET"), a ship ("INS Mysore"), a law, contest, war or storm ("Endangered Species Act",
 * "Hurricane Katrina"), a plural noun ("Authorities").
 */
export function nameless(words: string[], low: string[]): boolean {
  if (low.every((w) => TITLE_WORDS.has(w))) return true;
  if (words.every((w) => TIME_ZONES.has(w))) return true;
  if (words.length > 1 && (SHIP_PREFIX.has(words[0]) || MISC_FIRST.has(words[0]))) return true;
  if (words.length > 1 && MISC_LAST.has(low[low.length - 1])) return true;
  return words.length === 1 && (COMMON_PLURALS.has(low[0]) || pluralNoun(words[0]));
}

/** "Santa Rosa", "Mount Sefton", "Gulf of Aden": shaped like a place name. */
export function placeShaped(words: string[], low: string[]): boolean {
  if (words.length === 2 && PLACE_PREFIX.has(words[0]) && !/-\p{Ll}/u.test(words[1])) return true;
  return words.length >= 3 && PLACE_WORDS.has(low[0]) && low[1] === "of";
}
