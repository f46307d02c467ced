/** Whether a cue word is used as a cue here: verb or noun, idiom, auxiliaries between source and cue. */
import type { QuoteCtx } from "./attribution.ts";
import { CUE_AUX, CUES, type CueWord } from "./cues.ts";

const LIKE: CueWord = { lemma: "like", cls: "thought", hearer: false, strict: true, ing: false };

/** "would like to", "don't like him": "like" as a verb of wanting or liking, not a preposition. */
export function likeCue(lower: string[], k: number): CueWord | undefined {
  const p = lower[k - 1] ?? "";
  return /^(would|’d|'d|not|really|actually|just)$|n[’']t$/.test(p) ? LIKE : undefined;
}

const THAT_AFTER =
  /^(he|she|they|we|i|it|the|a|an|this|there|his|her|their|its|our|no|some|many|most|if|in)$/;

/** "Doe conceded that …": an unlisted verb (-ed or -s form) taking a "that" clause with a subject. */
export function thatVerb(ctx: QuoteCtx, k: number): boolean {
  const { raw, lower } = ctx.doc.tk;
  const w = lower[k];
  if (raw[k] !== w || !/[a-z](ed|es|s)$/.test(w) || /(ss|us|is|ness|ics)$/.test(w)) return false;
  // an -s form is a verb after a name or pronoun ("Doe maintains that"), else a plural noun ("voters that")
  if (!w.endsWith("ed") && !(/^[A-Z]/.test(raw[k - 1] ?? "") || /^(he|she|it)$/.test(lower[k - 1] ?? "")))
    return false;
  const nx = raw[k + 2] ?? "";
  return THAT_AFTER.test(lower[k + 2] ?? "") || /^[A-Z]/.test(nx);
}

export function generic(w: string): CueWord {
  return { lemma: w, cls: "speech", hearer: false, strict: true, ing: false };
}

const NOUN_BEFORE = new Set(
  "a an the this these those tv talk reality radio game cooking conference roll phone fundraising".split(" "),
);

/** "the show", "a conference call", "her plan": a cue form used as a noun. */
export function nounUse(lower: string[], k: number, first: number): boolean {
  return k > first && NOUN_BEFORE.has(lower[k - 1]);
}

const NOT_ADVERB = new Set([
  "reply",
  "family",
  "ally",
  "rally",
  "supply",
  "italy",
  "july",
  "assembly",
  "early",
  "only",
]);

/** Auxiliaries, negations and lower-case -ly adverbs between a source and its cue. */
export function isAux(w: string, raw: string): boolean {
  if (CUE_AUX.has(w) || w === "both" || w === "well") return true;
  if (/^(do|does|did|is|was|are|were|has|have|had|would|could|should|wo|ca|ai)n[’']t$/.test(w)) return true;
  return w.length > 4 && w.endsWith("ly") && raw === w && !NOT_ADVERB.has(w);
}

export const RAISING = new Set(["continue", "seem", "appear"]);

/** Forms used as adjectives or nouns here: "pledged delegates", "the nominating contest", "early voting". */
const OPEN_PREP = new Set([
  "after",
  "before",
  "during",
  "in",
  "at",
  "on",
  "from",
  "since",
  "despite",
  "amid",
]);

export function skipCue(raw: string[], lower: string[], k: number, first: number): boolean {
  const w = lower[k];
  const p = lower[k - 1] ?? "";
  if (w === "pledged" && /^delegate/.test(lower[k + 1] ?? "")) return true;
  if (w === "nominating" || (w === "think" && /^tanks?$/.test(lower[k + 1] ?? ""))) return true;
  // "thanks to", "adding to the pressure", "regarding": prepositions and idioms
  if ((w === "thanks" || w === "adding") && lower[k + 1] === "to") return true;
  if (w === "regarding" || (w === "reporting" && lower[k + 1] !== "that")) return true;
  if (/^continu/.test(w) && lower[k + 1] === "to" && !CUES.has(lower[k + 2] ?? "")) return true;
  // "a strong showing", "The Daily Show", "TV show": the noun
  if (
    w === "showing" &&
    /(strong|poor|weak|good|solid|dismal|best|worst|place|surprising|impressive|’s|'s)$/.test(p)
  )
    return true;
  if (w === "voting" && lower[k + 1] !== "for" && lower[k + 1] !== "against") return true;
  // "After the Sunday shows, Doe said": a noun closing an opening prepositional phrase
  if (
    raw[k + 1] === "," &&
    OPEN_PREP.has(lower[first]) &&
    k - first <= 8 &&
    !raw.slice(first, k).includes(",")
  )
    return true;
  return w === "show" && /^[A-Z]/.test(raw[k - 1] ?? "") && k - 1 > first;
}
