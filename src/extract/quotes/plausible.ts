import type { Doc } from "../text/doc.ts";
import type { Range } from "./source.ts";

/** Words a source noun phrase never starts with: verbs, expletives and time words. */
const NOT_SOURCE = new Set(
  "is are was were be been being gets got get has had have having does did do there here hours minutes days weeks months years yesterday today tomorrow".split(
    " ",
  ),
);
/** A preposition heading a found source ("by the ministry", "of the devil"): the noun phrase follows it. */
const PREPOSITIONS = new Set(
  "on in at of for with by from to about against after before into over under".split(" "),
);

/**
 * A found source can still be a stray phrase ("was the stage itself", "Hours") or a dateline ("WASHINGTON —"):
 * null then, and the attribution is kept without a source. A leading preposition is trimmed off.
 */
export function plausibleSource(doc: Doc, r: Range): Range | null {
  const { raw, lower } = doc.tk;
  let [a, b] = r;
  if (PREPOSITIONS.has(lower[a]) && b - a >= 2) a++;
  if (NOT_SOURCE.has(lower[a]) || PREPOSITIONS.has(lower[a])) return null;
  // a dateline: a place in capitals opening its sentence before a dash or a parenthesis
  if (b - a <= 3 && /^[A-Z][A-Z.-]{2,}$/.test(raw[a]) && doc.sents[doc.sentOf[a]].first === a) {
    if (/^(?:[—–(-]|--)$/.test(raw[b] ?? "")) return null;
  }
  return [a, b];
}
