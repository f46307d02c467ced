/** Cue forms with their own shape: infinitives, passives, leading participles, an inverted "said". */
import type { Attribution, CueSite, QuoteCtx } from "./attribution.ts";
import { content, preContent } from "./content.ts";
import { tailQuote } from "./leads.ts";
import { type Range, sentenceSubject, sourceAfter, sourceBefore } from "./source.ts";

/**
 * "allow evangelicals to support Trump", "an opening for Clinton to highlight …": an infinitive cue speaks for
 * the noun phrase right before "to"; undefined when the cue is not an infinitive.
 */
export function infinitive(ctx: QuoteCtx, at: CueSite): Attribution | null | undefined {
  const { cs, ce, cw, first, last } = at;
  const { raw, lower } = ctx.doc.tk;
  if (cs - 2 < first || lower[cs - 1] !== "to" || ctx.claimed[cs - 1] || cw.ing) return undefined;
  const p = raw[cs - 2];
  if (!/^[A-Z]/.test(p) && !/^(him|her|them|us|me)$/.test(lower[cs - 2]) && !/s$/.test(lower[cs - 2]))
    return undefined;
  const source = sourceBefore(ctx.doc, first, cs - 2);
  if (!source || ctx.claimed[source[0]] === 1) return undefined;
  const after = content(ctx, ce, last, cw);
  return after
    ? { source, cue: [cs - 1, ce], content: after, lemma: cw.lemma, cls: cw.cls, own: 0 }
    : undefined;
}

/** "Pigs are considered unclean by Muslims": the agent after "by" is the source, the subject the content. */
export function passiveBy(ctx: QuoteCtx, at: CueSite): Attribution | null {
  const { cs, ce, cw, first, last } = at;
  const { lower } = ctx.doc.tk;
  let by = ce;
  while (by < last && by < ce + 5 && lower[by] !== "by" && lower[by] !== ",") by++;
  if (lower[by] !== "by") return null;
  const source = sourceAfter(ctx.doc, by + 1, last, true);
  const subject = source ? preContent(ctx, first, cs) : null;
  if (!source || !subject) return null;
  const rest: Range[] = by > ce ? [[ce, by]] : [];
  // the subject is not what was said: never a quote
  return { source, cue: [cs, ce], content: [...subject, ...rest], lemma: cw.lemma, cls: "stance", own: 0 };
}

/** "A report, seen by the Sentinel, found …": a participle and its agent inside commas, no auxiliary. */
export function reducedPassive(raw: string[], lower: string[], cs: number, k: number): boolean {
  return (
    cs === k && raw[k - 1] === "," && lower[k + 1] === "by" && /ed$|own$|een$|ritten$|ought$/.test(lower[k])
  );
}

/** "Trump is expected to win": like "seems to", the subject and its clause are the content. */
export function raisedPassive(lower: string[], cs: number, k: number, ce: number): boolean {
  if (lower[ce] !== "to" || !/ed$|own$|ought$|aid$/.test(lower[k])) return false;
  for (let i = cs; i < k; i++) if (/^(is|are|was|were|be|been|being|’s|'s)$/.test(lower[i])) return true;
  return false;
}

const LEAD_PREP = new Set(["after", "by", "while", "before", "since", "upon", "when", "in"]);

/** "After thanking the crowd, Trump …" / "Noting that …, Schlafly …": the main clause's subject speaks. */
export function leadingParticiple(ctx: QuoteCtx, at: CueSite): Attribution | null {
  const { cs, ce, cw, first, last } = at;
  const { raw, lower } = ctx.doc.tk;
  if (cs !== first && !(cs === first + 1 && LEAD_PREP.has(lower[first]))) return null;
  let c = ce;
  while (c < last && raw[c] !== "," && ctx.inQuote[c] < 0) c++;
  if (c >= last - 1 || raw[c] !== "," || c === ce) return null;
  const source = sentenceSubject(ctx.doc, c + 1, last);
  if (!source) return null;
  return { source, cue: [cs, ce], content: [[ce, c]], lemma: cw.lemma, cls: cw.cls, own: 0 };
}

/** "Said Comey, “…”": an inverted cue opening the sentence, its quote after the speaker. */
export function saidFirst(ctx: QuoteCtx, k: number, ce: number, last: number): Attribution | null {
  const source = sourceAfter(ctx.doc, ce, last);
  if (!source || ctx.doc.tk.raw[source[1]] !== ",") return null;
  const quote = tailQuote(ctx, source[1], last);
  return quote.length ? { source, cue: [k, ce], content: quote, lemma: "say", cls: "speech", own: 0 } : null;
}

/** "Sanders was asked about the plan": the question is content without a source. */
export function passiveAsked(ctx: QuoteCtx, at: CueSite): Attribution | null {
  const { cs, ce, cw, last } = at;
  if (cw.lemma !== "ask") return null;
  const after = content(ctx, ce, last, cw);
  return after ? { source: null, cue: [cs, ce], content: after, lemma: "ask", cls: "stance", own: 0 } : null;
}
