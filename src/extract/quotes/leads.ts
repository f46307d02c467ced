import { isCapitalised, isWord } from "../text/doc.ts";
import { WEEKDAYS } from "../text/lexicon.ts";
import type { QuoteCtx } from "./attribution.ts";
import { preContent } from "./content.ts";
import { CUES } from "./cues.ts";
import type { Range } from "./source.ts";

export const CLOSERS = new Set(["”", '"', "''", "“"]);

/** Content of a sentence that opens with a quote ending right before the source ("“…,” Doe said"). */
export function quoteLead(ctx: QuoteCtx, first: number, srcStart: number): Range[] | null {
  const q = ctx.inQuote[first];
  if (q < 0) return null;
  const r = ctx.regions[q];
  if (r.close < 0 || r.close < srcStart - 2 || r.close >= srcStart) return null;
  return preContent(ctx, first, srcStart);
}

const LOOSE_AFTER = new Set([
  "at",
  "in",
  "on",
  "during",
  "of",
  "about",
  "to",
  "after",
  "before",
  "when",
  "while",
  "as",
  "from",
]);

function looseAfter(ctx: QuoteCtx, ce: number): boolean {
  const { raw, lower } = ctx.doc.tk;
  return (
    ce >= raw.length ||
    raw[ce] === "." ||
    raw[ce] === "," ||
    LOOSE_AFTER.has(lower[ce]) ||
    WEEKDAYS.has(lower[ce]) ||
    ctx.doc.sentOf[ce] !== ctx.doc.sentOf[ce - 1] ||
    hearerEnds(ctx, ce)
  );
}

const DETERMINERS = new Set(["the", "a", "an", "his", "her", "their", "its", "our"]);

/** "…, a spokesman told the Herald.": after a hearer verb, only a short hearer closes the sentence. */
function hearerEnds(ctx: QuoteCtx, ce: number): boolean {
  const { raw, lower } = ctx.doc.tk;
  if (!CUES.get(lower[ce - 1])?.hearer) return false;
  let e = ctx.doc.sents[ctx.doc.sentOf[ce - 1]].last;
  while (e > ce && !isWord(raw[e - 1])) e--;
  if (e - ce < 1 || e - ce > 4) return false;
  for (let i = ce; i < e; i++) if (!isWord(raw[i]) || lower[i] === "that" || CUES.has(lower[i])) return false;
  return DETERMINERS.has(lower[ce]) || isCapitalised(raw[ce]) || e - ce === 1;
}

/** "“…?” Trump said." split into two sentences: the quote just before the sentence is the content. */
export function prevQuote(ctx: QuoteCtx, first: number, srcStart: number, ce: number): Range[] | null {
  if (srcStart !== first || first === 0 || !looseAfter(ctx, ce)) return null;
  const q = ctx.inQuote[first - 1];
  if (q < 0 || ctx.regions[q].close !== first - 1 || ctx.claimed[first - 1]) return null;
  const s = ctx.doc.sents[ctx.doc.sentOf[first]];
  if (ctx.doc.sents[ctx.doc.sentOf[first - 1]].para !== s.para) return null;
  return [[ctx.regions[q].open, first]];
}

const ADVERBIAL_OPEN = new Set(
  "while after when as at in on during before since despite though although if because once then until upon with without under but".split(
    " ",
  ),
);

/** "Sales were great, he said, smiling.": the clause before the comma is the content. */
export function commaLead(ctx: QuoteCtx, first: number, srcStart: number, ce: number): Range[] | null {
  const { raw } = ctx.doc.tk;
  const comma = raw[srcStart - 1] === "," || (CLOSERS.has(raw[srcStart - 1]) && raw[srcStart - 2] === ",");
  if (srcStart - 3 <= first || !comma || !looseAfter(ctx, ce) || tailQuote(ctx, ce, raw.length).length)
    return null;
  // "While serving in the House, Sanders voted to …": an opening adverbial clause is not what was said
  const w = ctx.doc.tk.lower[first];
  if (ADVERBIAL_OPEN.has(w) || (w.endsWith("ing") && raw[first] !== w)) return null;
  const before = preContent(ctx, first, srcStart);
  return before && raw[ce] === "," ? [...before, ...resumed(ctx, ce + 1)] : before;
}

/** "Like his record, Doe said, the plan was unacceptable.": the sentence the aside interrupts goes on. */
function resumed(ctx: QuoteCtx, a: number): Range[] {
  const { raw, lower } = ctx.doc.tk;
  let e = ctx.doc.sents[ctx.doc.sentOf[a - 1]].last;
  while (e > a && !isWord(raw[e - 1]) && !CLOSERS.has(raw[e - 1])) e--;
  let words = 0;
  for (let i = a; i < e; i++) {
    if (ctx.claimed[i] || ctx.inQuote[i] >= 0 || raw[i] === ";") return [];
    if ((CUES.get(lower[i]) && !CUES.get(lower[i])?.strict) || lower[i] === "according") return [];
    if (isWord(raw[i])) words++;
  }
  const w = lower[a] ?? "";
  if (words < 3 || w.endsWith("ing") || /^(who|which|whose|where|when|and|but|as|while|though)$/.test(w))
    return [];
  return [[a, e]];
}

/** A quote resumed after the attribution ("“…,” she said, “…”"). */
export function tailQuote(ctx: QuoteCtx, e: number, last: number): Range[] {
  const { raw } = ctx.doc.tk;
  const at = raw[e] === "," ? e + 1 : e;
  const q = at < last ? ctx.inQuote[at] : -1;
  if (q < 0 || ctx.regions[q].open !== at) return [];
  return [[at, ctx.regions[q].last + 1]];
}

/** "…, as Cruz said on Monday." and "As Cruz put it, …": the clause the "as" hangs on is the content. */
export function asLead(
  ctx: QuoteCtx,
  first: number,
  srcStart: number,
  ce: number,
  last: number,
): Range[] | null {
  const { raw, lower } = ctx.doc.tk;
  const as = srcStart - 1;
  if (as < first || lower[as] !== "as") return null;
  if (as > first + 1 && (raw[as - 1] === "," || CLOSERS.has(raw[as - 1]))) return preContent(ctx, first, as);
  if (as !== first) return null;
  let c = ce;
  while (c < last && raw[c] !== ",") c++;
  let e = last;
  while (e > c + 1 && /^[.!?;]$/.test(raw[e - 1])) e--;
  return c < last && e - c > 3 && c - ce < 8 ? [[c + 1, e]] : null;
}

/** Token k (in the sentence from `first`) is the closing mark of a quote, whatever its shape ("first,'''"). */
export function closesQuote(ctx: QuoteCtx, k: number, first: number): boolean {
  const q = k >= first ? ctx.inQuote[k] : -1;
  return q >= 0 && ctx.regions[q].close === k;
}
