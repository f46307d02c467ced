import { isWord } from "../text/doc.ts";
import type { Attribution, QuoteCtx } from "./attribution.ts";
import { content, preContent } from "./content.ts";
import type { CueWord } from "./cues.ts";
import type { Range } from "./source.ts";

export const ACCORDING: CueWord = {
  lemma: "according to",
  cls: "speech",
  hearer: false,
  strict: false,
  ing: false,
};

/** "Asked about the vote, Doe said …": the question is content of its own, without a source. */
export function askedLead(ctx: QuoteCtx, k: number, last: number): Attribution | null {
  const { raw, lower } = ctx.doc.tk;
  let a = k + 1;
  if (lower[a] === "about" || lower[a] === "by") a++;
  let e = a;
  while (e < last && raw[e] !== ",") e++;
  if (e >= last || e - a < 1) return null;
  return { source: null, cue: [k, a], content: [[a, e]], lemma: "ask", cls: "speech", own: 0 };
}

/** "X seems to …": PolNeAR takes the whole clause as content, without a source. */
export function impression(
  ctx: QuoteCtx,
  cs: number,
  ce: number,
  cw: CueWord,
  first: number,
  last: number,
): Attribution | null {
  const { raw, lower } = ctx.doc.tk;
  if (lower[ce] !== "to" && lower[ce] !== "that" && lower[ce] !== "likely") return null;
  let a = cs;
  while (a > first && !ctx.claimed[a - 1] && raw[a - 1] !== "," && raw[a - 1] !== ";") a--;
  let e = last;
  while (e > ce && /^[.,;:!?]$/.test(raw[e - 1])) e--;
  if (e - a < 3) return null;
  return { source: null, cue: [cs, ce], content: [[a, e]], lemma: cw.lemma, cls: cw.cls, own: 0 };
}

/** "according to X, …" and "…, according to X". */
export function according(ctx: QuoteCtx, k: number, first: number, last: number): Attribution | null {
  const { raw } = ctx.doc.tk;
  const cue: Range = [k, k + 2];
  let e = k + 2;
  while (e < last && raw[e] !== "," && raw[e] !== "." && raw[e] !== ";") e++;
  if (e === k + 2 || !isWord(raw[k + 2])) return null;
  const source: Range = [k + 2, e];
  const lemma = "according to";
  if (k > first) {
    const before = preContent(ctx, first, k);
    if (before) return { source, cue, content: before, lemma, cls: "speech", own: 0 };
  }
  const after = content(ctx, e, last, ACCORDING);
  return after ? { source, cue, content: after, lemma, cls: "speech", own: 0 } : null;
}
