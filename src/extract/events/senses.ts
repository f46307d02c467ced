/** Incident words used in another sense: "heart attack", "shooting a film", "fired on June 8". */

/** A word just before the trigger that gives it another sense. */
const BEFORE: Record<string, RegExp> = {
  attack:
    /\b(?:heart|panic|asthma|anxiety|sexual|sexually|indecent|verbal|personal|cyber|charm|vampire|zombie)\s*-?\s*$/i,
  bombing: /\b(?:F|f|photo|atom|Atom|atomic|love|box office)\s*-?\s*$/,
  shooting:
    /\b(?:begins?|began|begun|start(?:s|ed)?|finish(?:es|ed)?|wrap(?:s|ped)?|resume[sd]?|is|was|were|been|be|perfect|his|her|their|range|\d+-for-\d+)\s+$/i,
  "armed clash":
    /\b(?:distance|street|prize|title|cage|dog|legal|political|still|keep|kept|is|are|were|was|been)\s+$/i,
  disaster:
    /\b(?:BlackBerry|media|political|perfect|brain|Twitter|firestorm|to|tried to|attempted to|would)\s+$/i,
};

/** Words just after the trigger that give it another sense. */
const AFTER: Record<string, RegExp> = {
  attack:
    /^\s*(?:charges?|allegations?|case|code|toolkit|vector|surface|kits?|on the law|on the (?:bill|plan|policy|rule|record))\b/i,
  shooting:
    /^\s*(?:for|range|percentage|guard|touch|star|from the floor|script|schedule|the (?:film|movie|sequel|series|video|scene))\b/i,
  "armed clash": /^\s*(?:chance|for (?:the|a|his|her|their|its)|spirit|words?|back tears|fit|fires?)\b/i,
  fire: /^\s*(?:sale|drill|alarm|test)\b/i,
  "missile attack":
    /^\s*(?:destroyers?|frigates?|cruisers?|boats?|defen[cs]es?|shields?|tests?|programm?e?s?)\b/i,
  shelling: /^\s*(?:box(?:es)?|casings?|compan(?:y|ies)|oil|shock|game)\b/i,
  collapse:
    /^\s*(?:of (?:talks|the talks|negotiations|the (?:deal|market|economy|company|bank|government|coalition)))\b/i,
};

/** A sentence about software, courts, films or sport: the word's incident sense does not fit. */
const CONTEXT: Record<string, RegExp> = {
  attack:
    /\b(?:hackers?|hacking|exploit(?:s|ed|ing)?|vulnerab\w+|flaws?|browsers?|software|malware|patch(?:es|ed)?|computers?|web ?sites?|online|cyber\w*|servers?|IFrame|redirected|Internet Explorer|IE\s?\d+|Windows|users|PCs|security (?:update|fix|firm|researchers?|response))\b/i,
  shooting:
    /\b(?:films?|filming|movies?|remake|sequel|episodes?|scenes?|studio|release date|director|cast|rebounds?|points|3-pointers?|three-pointers?|free throws?|field goals?|photo ?shoot|camera)\b/i,
  "armed clash":
    /\b(?:heavyweight|boxing|bout|rounds?|title|championship|teams?|season|playoffs?|bid|studio|production)\b/i,
  collapse: /\b(?:talks|negotiations|deal|market|prices|shares|economy|bank|company)\b/i,
};

/** True when the trigger `word` at sentence[at, at + word.length) reports an incident. */
export function incidentSense(sentence: string, type: string, at: number, word: string): boolean {
  const before = sentence.slice(Math.max(0, at - 30), at);
  const after = sentence.slice(at + word.length, at + word.length + 40);
  if (BEFORE[type]?.test(before) || AFTER[type]?.test(after)) return false;
  if (CONTEXT[type]?.test(sentence)) return false;
  // "unlikely to have been an attack", "not a shooting"
  if (/\b(?:not|n't|unlikely to (?:have been|be)|ruled out|rather than)\s+(?:an?\s+|the\s+)?$/i.test(before))
    return false;
  // "fired on June 8": sacked on a day, not fired upon
  // "stormed the parliament": a crowd, not a storm
  if (type === "disaster" && /^storm(?:ed|ing)$/i.test(word)) return false;
  if (/^fired on$/i.test(word) && /^\s*(?:[A-Z][a-z]+day|[A-Z][a-z]{2,8}\.? \d)/.test(after)) return false;
  // "BlackBerry Storm", "Catching Fire": a capitalised trigger after a name is part of that name
  if (/^\p{Lu}/u.test(word) && /\p{Lu}[\p{L}'’]*\s+$/u.test(before) && type !== "dam failure") return false;
  return true;
}

/** Triggers that report an incident only with a toll in the same sentence ("raided the ranch", "talks collapsed"). */
export const WEAK = new Set(["armed clash", "collapse", "violence"]);
/** Weak words of the "attack" type: "raided", "assaulted", "struck", "strike on". */
export const WEAK_WORD = /^(?:raid(?:s|ed)?|assault(?:s|ed)?|struck|strikes? on)$/i;
