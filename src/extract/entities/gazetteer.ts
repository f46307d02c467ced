import { createRequire } from "node:module";

/**
 * Place names, first names and surnames from compromise's lexicon (an installed dependency),
 * loaded once on first use (~150 ms) so that modules which never classify names do not pay for it.
 */
type Lexicon = Record<string, string | string[]>;

let lexicon: Lexicon | null = null;

function lex(): Lexicon {
  if (!lexicon) {
    const nlp = createRequire(import.meta.url)("compromise/two") as { world(): unknown };
    const world = nlp.world() as { model: { one: { lexicon: Lexicon } } };
    lexicon = world.model.one.lexicon;
  }
  return lexicon;
}

const seen = new Map<string, string>();

/** compromise's tags for a word or name ("Country", "Region", "FirstName", ...), comma-separated. */
export function lexiconTags(words: string): string {
  let out = seen.get(words);
  if (out === undefined) {
    const t = lex()[words.toLowerCase().replace(/[-‐]/g, " ")];
    out = t === undefined ? "" : Array.isArray(t) ? t.join(",") : t;
    if (seen.size > 50_000) seen.clear();
    seen.set(words, out);
  }
  return out;
}

/** "Los Angeles", "Salt Lake City", "Kenya": a city, country or region the lexicon knows. */
export function knownPlace(name: string): boolean {
  return /\b(?:City|Country|Region|Place)\b/.test(lexiconTags(name));
}

/** "Sabrina", "Arjun", "Lloyd": a first name (also ambiguous ones such as "Jordan"). */
export function knownFirstName(word: string): boolean {
  return /\b(?:FirstName|MaleName|FemaleName|Person)\b/.test(lexiconTags(word));
}

export function knownSurname(word: string): boolean {
  return /\bLastName\b/.test(lexiconTags(word));
}

/** "Ukrainian", "Russian": a people's adjective, not a place. */
export function knownDemonym(word: string): boolean {
  return /\bDemonym\b/.test(lexiconTags(word));
}

/** "reporters", "individuals": a plain plural noun, which no person's surname is. */
export function pluralNoun(word: string): boolean {
  const t = lexiconTags(word);
  return /\bPlural\b/.test(t) && !/Name|Person/.test(t);
}

export function knownOrganization(name: string): boolean {
  return /\bOrganization\b/.test(lexiconTags(name));
}

/** "Boston Red Sox", "Mets": a sports team the lexicon knows. */
export function knownTeam(name: string): boolean {
  return /\bSportsTeam\b/.test(lexiconTags(name));
}

/** "officer", "guest", "man": a word for a role or kind of person, not a name. */
export function roleNoun(word: string): boolean {
  const t = lexiconTags(word);
  return /\bActor\b/.test(t) && !/Name|Person/.test(t);
}

/** A first name, surname or known person: words that can stand in a person's name. */
export function nameWord(word: string): boolean {
  return /\b(?:FirstName|MaleName|FemaleName|LastName|Person|Honorific)\b/.test(lexiconTags(word));
}

/** "Upon", "Whereas", "Nevertheless": a word that opens sentences and names nothing. */
export function functionWord(word: string): boolean {
  // "We'll", "I'm", "I've": contractions
  if (/^\p{L}+['’](?:ll|ve|m|re|d)$/u.test(word)) return true;
  return /\b(?:Preposition|Conjunction|Determiner|Pronoun|Possessive|Modal|Adverb|QuestionWord)\b/.test(
    lexiconTags(word),
  );
}

/** "Although", "Typically", "Having", "Two": a word that opens a sentence before a name ("Although Gigante"). */
export function leadWord(word: string): boolean {
  const t = lexiconTags(word);
  if (/Name|Person|Place|City|Country|Organization/.test(t)) return false;
  return /\b(?:Adverb|Conjunction|Preposition|Gerund|PastTense|Verb|Determiner|Cardinal|Auxiliary|QuestionWord)\b/.test(
    t,
  );
}
