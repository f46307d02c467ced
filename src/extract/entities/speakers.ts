import type { Doc } from "../text/doc.ts";
import { CORP_ENDINGS, ORG_ANAPHORS, ORG_COMPOUND, ORG_NOUNS } from "./companies.ts";
import { knownFirstName, knownSurname } from "./gazetteer.ts";
import { HONORIFICS, SHIP_PREFIX, TITLE_WORDS } from "./lexicon.ts";
import type { Mention } from "./mentions.ts";
import { nameKey } from "./merge.ts";
import { firstName } from "./noise.ts";
import { wordnetPerson } from "./words.ts";

/** What the whole article says about one-word names, by nameKey. */
export interface NameEvidence {
  /** Surnames of people named in full or with a title: "guest" after "Peter Guest" or "Mr. Guest". */
  people: Set<string>;
  /** First words of bodies: "gazprom" after "Gazprom Neft PJSC", "boeing" after "Boeing Co.". */
  bodies: Set<string>;
  /** Ships: "gibe" after "MV Gibe". */
  ships: Set<string>;
}

export function nameEvidence(doc: Doc, ms: Mention[]): NameEvidence {
  const people = new Set<string>();
  const bodies = new Set<string>();
  const ships = new Set<string>();
  for (const m of ms) {
    const words = m.name.split(/\s+/);
    const last = words[words.length - 1].toLowerCase();
    if (words.length === 2 && SHIP_PREFIX.has(words[0])) ships.add(nameKey(words[1]));
    else if (words.length >= 2 && CORP_ENDINGS.has(last)) bodies.add(nameKey(words[0]));
    else if (words.length === 1 && bodyShaped(doc, m)) bodies.add(nameKey(m.name));
    else if ((words.length >= 2 && firstName(words[0])) || personTitled(doc, m))
      people.add(nameKey(words[words.length - 1]));
  }
  return { people, bodies, ships };
}

const PARTS = new Set(["division", "unit", "subsidiary", "shares", "stock", "headquarters", "shareholders"]);
const PUNCT = /^[,.;:)]$/;
const SAID = new Set("said says told tells reported reports announced added stated".split(" "));

/** "IRNA news agency", "Halvex's film division", "according to the Courier,", "the Courier reported". */
function bodyShaped(doc: Doc, m: Mention): boolean {
  const { lower, raw } = doc.tk;
  const next = lower[m.b] ?? "";
  if (ORG_NOUNS.has(next) || next === "news") return true;
  if (/['’]s$/.test(raw[m.b - 1]) && (PARTS.has(next) || PARTS.has(lower[m.b + 1] ?? ""))) return true;
  if (lower[m.a - 1] !== "the" || lower[m.a - 2] === "of" || firstName(m.name)) return false;
  return PUNCT.test(next) || SAID.has(next);
}

/** "Judge Lyons", "Mr. Lyons"; not "the governor of Qeshm" nor "the official IRNA". */
function personTitled(doc: Doc, m: Mention): boolean {
  const { lower } = doc.tk;
  if (HONORIFICS.has(lower[m.a - 1] ?? "")) return true;
  return m.title !== null && lower[m.title[1] - 1] !== "of" && !titledAcronym(doc, m);
}

/** "the official IRNA": capitals after a lowercase title are an acronym (not "President OBAMA"). */
export function titledAcronym(doc: Doc, m: Mention): boolean {
  const t = m.title ? doc.tk.raw[m.title[1] - 1] : "";
  return /^[A-Z]{2,}$/.test(m.name) && /^\p{Ll}/u.test(t);
}

/**
 * A one-word name no list placed that says something ("Halvex said", "Guest said"): an organisation when the
 * article shows it as one ("Halvex Group", "energy giant Halvex", "the Post", "a spokesman for Halvex",
 * "said its"), unless someone with that surname was named in full; a ship named as one ("MV Gibe") is
 * skipped; otherwise a person.
 */
export function speakerKind(doc: Doc, m: Mention, ev: NameEvidence): "person" | "organization" | "skip" {
  const key = nameKey(m.name);
  if (ev.people.has(key)) return "person";
  if (ev.ships.has(key)) return "skip";
  let org = 0;
  // a body's shape elsewhere outweighs a pronoun after the verb, which may be someone else's
  if (ev.bodies.has(key)) org += 4;
  if (bodyBefore(doc, m)) org += 2;
  org += pronounAfter(doc, m);
  if (knownSurname(m.name) || knownFirstName(m.name) || wordnetPerson(m.name)) org -= 1;
  return org >= 2 ? "organization" : "person";
}

const SPOKES = new Set(["spokesman", "spokeswoman", "spokesperson", "representative", "statement"]);

/** "energy giant Halvex", "Oslo-based Halvex", "the Post", "a spokesman for Halvex", "the head of Halvex". */
function bodyBefore(doc: Doc, m: Mention): boolean {
  const { lower, raw } = doc.tk;
  const prev = raw[m.a - 1] ?? "";
  if (ORG_NOUNS.has(prev) || ORG_COMPOUND.test(prev)) return true;
  // "the Post said"; not "Defenders of the Wildlife"
  if (lower[m.a - 1] === "the") return lower[m.a - 2] !== "of";
  const by = lower[m.a - 2] ?? "";
  if (lower[m.a - 1] === "of") return SPOKES.has(by) || TITLE_WORDS.has(by);
  return (lower[m.a - 1] === "for" || lower[m.a - 1] === "from") && SPOKES.has(by);
}

const HUMAN = new Set(["he", "his", "she", "himself", "herself"]);

/**
 * The first pronoun close after the name ("Halvex said on Monday its ..."): "its" counts for a body (+2),
 * "he", "his", "she" against (-2); else "the company" opening the next sentence counts for a body (+1).
 */
function pronounAfter(doc: Doc, m: Mention): number {
  const { lower } = doc.tk;
  const sent = doc.sents[doc.sentOf[m.a]];
  for (let k = m.b; k < Math.min(sent.last, m.b + 10); k++) {
    if (lower[k] === "its") return 2;
    if (HUMAN.has(lower[k])) return -2;
  }
  const next = doc.sents[doc.sentOf[m.a] + 1];
  if (!next || lower[next.first] !== "the") return 0;
  return ORG_ANAPHORS.has((lower[next.first + 1] ?? "").replace(/['’]s$/, "")) ? 1 : 0;
}
