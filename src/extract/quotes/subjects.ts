/** Who speaks for a cue with no subject right before it: the clause's or the sentence's subject. */
import { isWord } from "../text/doc.ts";
import { SUBJECT_PRONOUNS } from "../text/lexicon.ts";
import type { QuoteCtx } from "./attribution.ts";
import { isAux } from "./cue-use.ts";
import { CUES, NOT_HEAD } from "./cues.ts";
import { type Range, sentenceSubject, skipTimeLeft } from "./source.ts";

/** Last token of the subject before a cue at `cs`, past a time phrase and its auxiliaries ("has in the past"). */
export function subjectEnd(ctx: QuoteCtx, first: number, cs: number): number {
  const { raw, lower } = ctx.doc.tk;
  let b = skipTimeLeft(lower, first, cs - 1);
  // "A campaign official later said", "The three all said": an adverb between subject and cue
  while (b > first && b === cs - 1 && TRAIL_ADVERBS.has(lower[b]) && ctx.doc.tk.raw[b - 1] !== ",") b--;
  if (b === cs - 1) return b;
  while (b > first && isAux(lower[b], raw[b])) b--;
  return b;
}

const TRAIL_ADVERBS = new Set([
  "later",
  "all",
  "also",
  "too",
  "again",
  "previously",
  "recently",
  "reportedly",
]);

export const RELATIVE = new Set(["which", "what"]);

/** "the system, which he said was rigged": the relative pronoun is part of the content. */
export function relative(ctx: QuoteCtx, src: number): Range | undefined {
  const p = src - 1;
  return p >= 0 && RELATIVE.has(ctx.doc.tk.lower[p]) && !ctx.claimed[p] ? [p, src] : undefined;
}

/** "The Kremlin denied it, but Putin did not, adding …": a participle speaks for the subject after "but". */
export function contrastSubject(ctx: QuoteCtx, first: number, cs: number): Range | null {
  const { raw, lower } = ctx.doc.tk;
  for (let i = cs - 2; i > first; i--) {
    if (ctx.inQuote[i] >= 0) continue;
    if (lower[i] !== "but" && raw[i] !== ";") continue;
    const s = sentenceSubject(ctx.doc, i + 1, cs);
    if (!s || ctx.claimed[s[0]] === 1) return null;
    return /^[A-Z]/.test(raw[s[1] - 1]) || SUBJECT_PRONOUNS.has(lower[s[0]]) ? s : null;
  }
  return null;
}

/** "an organization that endorsed Sanders": a relative "that" right before the cue is its source. */
export function relativeThat(ctx: QuoteCtx, first: number, cs: number): Range | null {
  const { raw, lower } = ctx.doc.tk;
  const t = cs - 1;
  if (t <= first || lower[t] !== "that" || ctx.claimed[t]) return null;
  const p = lower[t - 1];
  return isWord(raw[t - 1]) && !CUES.has(p) && !NOT_HEAD.has(p) && !/^(so|such|now|is|was)$/.test(p)
    ? [t, cs]
    : null;
}

/** "Carson admitted …, but said …": a verb coordinated with the main one shares a named or pronoun subject. */
export function coordinatedSubject(ctx: QuoteCtx, first: number, cs: number): Range | null {
  const { raw, lower } = ctx.doc.tk;
  if (lower[cs - 1] !== "and" && lower[cs - 1] !== "but") return null;
  const s = sentenceSubject(ctx.doc, first, cs);
  if (!s || ctx.claimed[s[0]] === 1) return null;
  return /^[A-Z]/.test(raw[s[1] - 1]) || SUBJECT_PRONOUNS.has(lower[s[0]]) ? s : null;
}

const CLAUSE_OPEN = new Set([",", ";", "when", "while", "as", "after", "because", "but", "and", "before"]);

/** Start of the clause holding token `k` ("…, and when Rubio thanked Miami" → "Rubio"). */
export function clauseStart(ctx: QuoteCtx, first: number, k: number): number {
  const { lower } = ctx.doc.tk;
  for (let i = k; i > first; i--) if (CLAUSE_OPEN.has(lower[i - 1])) return i;
  return first;
}
