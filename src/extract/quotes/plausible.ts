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
 * A found source can still be a stray phrase ("was the stage itself", "Hours") or a dateline ("PARIS —"):
 * null then, and the attribution is kept without a source. A leading preposition is trimmed off.
 */
export function plausibleSource(doc: Doc, r: Range): Range | null {
  const { lower } = doc.tk;
  let a = r[0];
  const b = r[1];
  if (PREPOSITIONS.has(lower[a]) && b - a >= 2) a++;
  if (NOT_SOURCE.has(lower[a]) || PREPOSITIONS.has(lower[a])) return null;
  if (dateline(doc, a, b)) return null;
  return [a, b];
}

const DASH = /^(?:[—–-]|--)$/;

/** "ORLANDO, Fla. —", "CONCORD, N.H. (AP) —": a place heading the sentence before its dash. */
function dateline(doc: Doc, a: number, b: number): boolean {
  const { raw } = doc.tk;
  const first = doc.sents[doc.sentOf[a]].first;
  if (a - first > 3 || b - a > 3) return false;
  let dash = -1;
  for (let i = first; i < first + 8 && i < raw.length; i++)
    if (DASH.test(raw[i])) {
      dash = i;
      break;
    }
  if (dash < 0 || b > dash) return false;
  for (let i = first; i < dash; i++) if (/^[a-z]/.test(raw[i]) && raw[i] !== "AP") return false;
  return /^[A-Z][A-Z.-]{1,}$/.test(raw[first]);
}
