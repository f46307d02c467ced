import type { Attribution, QuoteCtx } from "./attribution.ts";
import { content } from "./content.ts";
import type { CueWord } from "./cues.ts";
import { sourceBefore } from "./source.ts";

/** Adjectives of stance or certainty that take a clause or an object ("critical of", "convinced that"). */
/** Adjectives of will that take an infinitive ("eager to", "reluctant to"). */
const TO_ADJ = new Set(
  "eager willing unwilling reluctant inclined determined quick keen hesitant anxious loath ready".split(" "),
);
export const ADJ_CUES = new Set([
  ...TO_ADJ,
  ..."critical clear confident optimistic pessimistic concerned worried sure convinced aware skeptical sceptical supportive afraid hopeful certain adamant wary dismissive proud unhappy upset angry vocal outspoken".split(
    " ",
  ),
]);
const MARKERS = new Set(["that", "of", "about", "whether", "if", "over"]);
const LINK = new Set(
  "is are was were be been being ’s 's ’re 're am not n’t n't very so also still deeply increasingly more less made make makes making it".split(
    " ",
  ),
);

/** "Republicans have been critical of X", "his supporters are confident that X". */
export function adjCue(ctx: QuoteCtx, k: number, first: number, last: number): Attribution | null {
  const { raw, lower } = ctx.doc.tk;
  const m = k + 1;
  if (m >= last || !(MARKERS.has(lower[m]) || (lower[m] === "to" && TO_ADJ.has(lower[k])))) return null;
  let cs = k;
  while (
    cs - 1 > first &&
    (LINK.has(lower[cs - 1]) ||
      /ly$/.test(lower[cs - 1]) ||
      /^(has|have|had|will|would)$/.test(lower[cs - 1]))
  )
    cs--;
  if (cs === k) return null;
  const source = sourceBefore(ctx.doc, first, cs - 1);
  if (!source || ctx.claimed[source[0]] === 1 || lower[source[0]] === "it" || raw[source[0]] === "It")
    return null;
  const clause = lower[m] === "that" || lower[m] === "whether" || lower[m] === "if" || lower[m] === "to";
  const cw: CueWord = { lemma: lower[k], cls: "thought", hearer: false, strict: true, ing: false };
  const body = content(ctx, clause ? m : m + 1, last, cw);
  if (!body) return null;
  return { source, cue: [cs, clause ? m : m + 1], content: body, lemma: lower[k], cls: "stance", own: 0 };
}
