import type { Quantity } from "../numbers/index.ts";
import { TIME_UNITS } from "../numbers/units.ts";

/** Units of time plus loose time nouns: "one night", "one time" are phrases, not figures. */
const TIME_WORDS = new Set([...TIME_UNITS, "night", "time"]);

/** "far more than the 120 …": a bare figure compared with the counted one before it counts the same. */
const COMPARED = /\b(?:than|compared (?:with|to)|against|versus|vs\.?)\s+(?:the\s+|an?\s+|some\s+)?$/;

/** "2,000 more", "five additional troops": a figure added to an earlier one. */
export const INCREMENT = /^(?:[\p{L}\p{N},.]+\s+){0,4}?(?:more|additional|extra|further)\b(?!\s+than)/u;

/** "four in ten schools", "one out of 5 voters": the figure after "in" is a ratio's base, not a count. */
const RATIO_BASE =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|half)\s+(?:in|out of|of every)\s+(?:every\s+)?$/i;

/** "one of the world's biggest heists", "one of the first": a ranking, not a count of one. */
const ONE_OF_RANK =
  /^one\s+of\s+(?:the|its|their|his|her|our|this|these|those)\s+(?:[\p{L}’'-]+\s+){0,2}?(?:\p{L}{2,}est|most|best|worst|first|last|few|many|top)\b/iu;

/** Nouns a number never counts as a finding: "one thing", "the 19 fifties" (a decade). */
const NOT_COUNTED = new Set(
  "thing things caliber calibre fifties sixties seventies eighties nineties twenties thirties forties fifty sixty seventy eighty ninety twenty thirty forty".split(
    " ",
  ),
);

/** A figure worth a claim: it measures or counts something, or is "N more" of what came before. */
export function claimable(text: string, q: Quantity, compared: boolean): boolean {
  // "dozens of people", "tens of thousands of protesters": a vague amount, kept as such
  if (q.vague) return q.counted || !!q.normalizedUnit;
  if (RATIO_BASE.test(text.slice(Math.max(0, q.span[0] - 20), q.span[0]))) return false;
  if (ONE_OF_RANK.test(text.slice(q.span[0], q.span[1]))) return false;
  if (q.noun && NOT_COUNTED.has(q.noun.toLowerCase())) return false;
  // "the 12000 block of Main Street": an address
  if (q.noun === "block" && /\bthe\s+$/i.test(text.slice(Math.max(0, q.span[0] - 5), q.span[0])))
    return false;
  // "a third of its electricity": a share, not a count of the noun
  if (q.counted && q.value < 1) return false;
  // "one day", "a year ago": time phrases, not figures
  if (q.value === 1 && q.normalizedUnit && TIME_WORDS.has(q.normalizedUnit)) return false;
  if (q.normalizedUnit) return true;
  return compared || /^\s+(?:more|others|additional|extra)\b/.test(text.slice(q.span[1], q.span[1] + 12));
}

/** Is the figure the second term of a comparison ("more than the 120")? */
export function isCompared(text: string, q: Quantity): boolean {
  return COMPARED.test(text.slice(Math.max(0, q.span[0] - 20), q.span[0]));
}
