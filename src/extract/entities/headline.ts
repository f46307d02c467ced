import type { Doc } from "../text/doc.ts";
import { leadWord, nameWord } from "./gazetteer.ts";
import { ORG_WORDS, PLACE_WORDS, TITLE_WORDS } from "./lexicon.ts";
import { firstName } from "./noise.ts";
import { commonWord } from "./words.ts";

/**
 * Lines written in title case or capitals ("Lindsay Lohan Checks Into Betty Ford Clinic"): there every
 * word is capitalised, so names are split at verbs and small words.
 */
export function headlineTokens(doc: Doc): (i: number) => boolean {
  const lines = new Map<number, boolean>();
  return (i) => {
    const at = doc.tk.start[i];
    const from = doc.text.lastIndexOf("\n", at - 1) + 1;
    let h = lines.get(from);
    if (h === undefined) {
      const nl = doc.text.indexOf("\n", at);
      const line = doc.text.slice(from, nl < 0 ? doc.text.length : nl);
      const words = line.match(/\p{L}{4,}/gu) ?? [];
      const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
      // a headline has no full stop at its end
      h = words.length >= 3 && caps / words.length >= 0.85 && !/\.\s*$/.test(line);
      lines.set(from, h);
    }
    return h;
  };
}

/** "Checks", "Into", "Returns", "Charged", "RETAINS": in a headline, a word that ends a name. */
export function headlineBreak(w: string): boolean {
  const low = w.toLowerCase();
  if (firstName(w) || nameWord(w) || ORG_WORDS.has(low) || PLACE_WORDS.has(low) || TITLE_WORDS.has(low))
    return false;
  return leadWord(w) || (/(?:s|ed)$/.test(low) && !/ss$/.test(low) && commonWord(w));
}
