import { isWord } from "../text/doc.ts";
import type { Attribution, QuoteCtx } from "./attribution.ts";
import type { Range } from "./source.ts";
import { sourceBefore } from "./source.ts";

/** Nouns of a stance others take toward the subject ("has drawn criticism from", "won the support of"). */
export const RECEIVED = new Set(
  "criticism support praise backing condemnation endorsement endorsements rebuke rebukes fire pushback scrutiny applause".split(
    " ",
  ),
);
const RECEIVE = new Set(
  "draw draws drew drawn drawing face faces faced facing receive receives received receiving win wins won winning earn earns earned earning enjoy enjoys enjoyed enjoying get gets got gotten getting attract attracts attracted garner garnered".split(
    " ",
  ),
);
const AUX = new Set("has have had is are was were be been will would also already".split(" "));
const FROM = new Set(["from", "of", "among"]);

/**
 * "The plan has drawn harsh criticism from Doe": the subject is what the stance is about (content), the
 * phrase after "from" holds it (source).
 */
export function receivedNoun(ctx: QuoteCtx, k: number, first: number, last: number): Attribution | null {
  const { raw, lower } = ctx.doc.tk;
  let v = k - 1;
  while (v > first && v > k - 4 && !RECEIVE.has(lower[v])) v--;
  if (!RECEIVE.has(lower[v]) || v <= first) return null;
  let cs = v;
  while (cs - 1 > first && (AUX.has(lower[cs - 1]) || /ly$/.test(lower[cs - 1]))) cs--;
  const subject = sourceBefore(ctx.doc, first, cs - 1);
  if (!subject || ctx.claimed[subject[0]] === 1) return null;
  let source: Range | null = null;
  if (FROM.has(lower[k + 1])) {
    let e = k + 2;
    while (e < last && e < k + 14 && isWord(raw[e]) && !ctx.claimed[e]) e++;
    if (e > k + 2) source = [k + 2, e];
  }
  for (let i = cs; i <= k; i++) if (ctx.claimed[i]) return null;
  return { source, cue: [cs, k + 1], content: [subject], lemma: lower[k], cls: "stance", own: 0 };
}
