import type { Doc } from "../text/doc.ts";
import { isWord } from "../text/doc.ts";
import { SUBJECT_PRONOUNS, WEEKDAYS } from "../text/lexicon.ts";
import { colon } from "./colon.ts";
import { content, preContent } from "./content.ts";
import { CUE_AUX, CUES, type CueClass, type CueWord, isPassive, NOT_HEAD } from "./cues.ts";
import { findQuoteRegions, type QuoteRegion, regionIndex } from "./marks.ts";
import { NOUN_CUES, nounCue } from "./nouncue.ts";
import { type Range, sentenceSubject, sourceAcrossComma, sourceAfter, sourceBefore } from "./source.ts";

/** One attribution in token ranges: who (source), the cue words, and what was said (content parts). */
export interface Attribution {
  source: Range | null;
  cue: Range;
  content: Range[];
  lemma: string;
  cls: CueClass;
  /** Number of content parts found at the cue; later parts are floating quotes attached afterwards. */
  own: number;
}

export interface QuoteCtx {
  doc: Doc;
  regions: QuoteRegion[];
  inQuote: Int32Array;
  claimed: Uint8Array;
}

const ACCORDING: CueWord = { lemma: "according to", cls: "speech", hearer: false, strict: false, ing: false };

/** Finds attributions sentence by sentence, outermost cue first. */
export function findAttributions(doc: Doc): Attribution[] {
  const regions = findQuoteRegions(doc.text, doc.tk, doc.sents);
  const ctx: QuoteCtx = {
    doc,
    regions,
    inQuote: regionIndex(doc.tk.raw.length, regions),
    claimed: new Uint8Array(doc.tk.raw.length),
  };
  const out: Attribution[] = [];
  for (const s of doc.sents) {
    for (let pass = 0; pass < 2; pass++) sentence(ctx, s.first, s.last, pass === 0, out);
  }
  return out;
}

/** Cues of one sentence; the first pass takes only the plain "say" verbs so they claim their content first. */
function sentence(ctx: QuoteCtx, first: number, last: number, core: boolean, out: Attribution[]): void {
  const { lower } = ctx.doc.tk;
  for (let k = first; k < last; k++) {
    if (ctx.claimed[k] || ctx.inQuote[k] >= 0) continue;
    const w = lower[k];
    const cw = w === "according" && lower[k + 1] === "to" ? ACCORDING : CUES.get(w);
    let a: Attribution | null = null;
    if (cw && CORE.has(cw.lemma) === core) {
      a = cw === ACCORDING ? according(ctx, k, first, last) : atCue(ctx, k, cw, first, last);
    }
    if (!a && !core && w === ":") a = colon(ctx, k, first, last);
    if (!a && !core && NOUN_CUES.has(w)) a = nounCue(ctx, k, first, last);
    if (!a) continue;
    a.own = a.content.length;
    claim(ctx, a);
    out.push(a);
  }
}

const CORE = new Set([
  "say",
  "tell",
  "add",
  "according to",
  "write",
  "ask",
  "note",
  "explain",
  "insist",
  "argue",
]);

function claim(ctx: QuoteCtx, a: Attribution): void {
  for (const r of [a.cue, ...(a.source ? [a.source] : []), ...a.content]) ctx.claimed.fill(1, r[0], r[1]);
}

function atCue(ctx: QuoteCtx, k: number, cw: CueWord, first: number, last: number): Attribution | null {
  const { raw, lower } = ctx.doc.tk;
  let cs = k;
  while (cs - 1 >= first && CUE_AUX.has(lower[cs - 1])) cs--;
  let ce = k + 1;
  if (lower[ce] === "out" || PARTICLES[cw.lemma]?.includes(lower[ce])) ce++;
  else if (NEEDS_PARTICLE.has(cw.lemma)) return null;
  if (cw.lemma === "seem" || cw.lemma === "appear") return impression(ctx, cs, ce, cw, first, last);
  if (cs === first && lower[k] === "asked") return askedLead(ctx, k, last);
  const cue: Range = [cs, ce];
  const lemma = cw.lemma;
  if (isPassive(lower, cs, k, lower[k])) return null;
  const prev = cs - 1 >= first ? raw[cs - 1] : "";
  const afterQuote = CLOSERS.has(prev);
  if ((prev === "," || afterQuote) && !cw.strict && !cw.ing && !cw.hearer) {
    let src = sourceAfter(ctx.doc, ce, last, afterQuote);
    if (src && !afterQuote && src[1] < last && raw[src[1]] !== "." && raw[src[1]] !== ",") src = null;
    const before = src ? preContent(ctx, first, cs) : null;
    if (src && before)
      return {
        source: src,
        cue,
        content: [...before, ...tailQuote(ctx, src[1], last)],
        lemma,
        cls: cw.cls,
        own: 0,
      };
  }
  let source = afterQuote
    ? null
    : prev === "," || prev === "—" || prev === "–" || prev === "--"
      ? sourceAcrossComma(ctx.doc, first, cs - 1)
      : sourceBefore(ctx.doc, first, cs - 1);
  if (source && ctx.claimed[source[0]]) source = null;
  if (source) {
    const lead =
      quoteLead(ctx, first, source[0]) ??
      prevQuote(ctx, first, source[0], ce) ??
      commaLead(ctx, first, source[0], ce);
    if (lead)
      return { source, cue, content: [...lead, ...tailQuote(ctx, ce, last)], lemma, cls: cw.cls, own: 0 };
    const after = content(ctx, ce, last, cw);
    if (after) return { source, cue, content: after, lemma, cls: cw.cls, own: 0 };
    if (cw.strict) return null;
    const before = preContent(ctx, first, source[0]);
    return before ? { source, cue, content: before, lemma, cls: cw.cls, own: 0 } : null;
  }
  const bare =
    (cw.ing && (prev === "," || afterQuote)) ||
    ((lower[cs - 1] === "and" || lower[cs - 1] === "but" || NOT_HEAD.has(lower[cs - 1])) && !cw.ing);
  if (!bare) return null;
  const after = content(ctx, ce, last, cw);
  if (!after) return null;
  const subj = cw.ing && cs - first > 3 && !ctx.claimed[first] ? sentenceSubject(ctx.doc, first, cs) : null;
  return { source: subj, cue, content: after, lemma, cls: cw.cls, own: 0 };
}

/** "Asked about the vote, Doe said …": the question is content of its own, without a source. */
function askedLead(ctx: QuoteCtx, k: number, last: number): Attribution | null {
  const { raw, lower } = ctx.doc.tk;
  let a = k + 1;
  if (lower[a] === "about" || lower[a] === "by") a++;
  let e = a;
  while (e < last && raw[e] !== ",") e++;
  if (e >= last || e - a < 1) return null;
  return { source: null, cue: [k, a], content: [[a, e]], lemma: "ask", cls: "speech", own: 0 };
}

/** "X seems to …": PolNeAR takes the whole clause as content, without a source. */
function impression(
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

const PARTICLES: Record<string, string[]> = {
  respond: ["to"],
  refer: ["to"],
  call: ["for", "on"],
  point: ["to"],
  push: ["for"],
  ask: ["for", "about"],
  focus: ["on"],
  talk: ["about"],
  speak: ["about", "of"],
  complain: ["about"],
  warn: ["of", "about", "against"],
  joke: ["about"],
  worry: ["about"],
  hint: ["at"],
  rail: ["against"],
  advocate: ["for"],
};

const NEEDS_PARTICLE = new Set(["point", "speak", "focus"]);

const CLOSERS = new Set(["”", '"', "''", "“"]);

/** Content of a sentence that opens with a quote ending right before the source ("“…,” Doe said"). */
function quoteLead(ctx: QuoteCtx, first: number, srcStart: number): Range[] | null {
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
    ctx.doc.sentOf[ce] !== ctx.doc.sentOf[ce - 1]
  );
}

/** "“…?” Trump said." split into two sentences: the quote just before the sentence is the content. */
function prevQuote(ctx: QuoteCtx, first: number, srcStart: number, ce: number): Range[] | null {
  if (srcStart !== first || first === 0 || !looseAfter(ctx, ce)) return null;
  const q = ctx.inQuote[first - 1];
  if (q < 0 || ctx.regions[q].close !== first - 1 || ctx.claimed[first - 1]) return null;
  const s = ctx.doc.sents[ctx.doc.sentOf[first]];
  if (ctx.doc.sents[ctx.doc.sentOf[first - 1]].para !== s.para) return null;
  return [[ctx.regions[q].open, first]];
}

/** "Sales were great, he said, smiling.": the clause before the comma is the content. */
function commaLead(ctx: QuoteCtx, first: number, srcStart: number, ce: number): Range[] | null {
  const { raw } = ctx.doc.tk;
  const comma = raw[srcStart - 1] === "," || (CLOSERS.has(raw[srcStart - 1]) && raw[srcStart - 2] === ",");
  if (srcStart - 5 <= first || !comma || !looseAfter(ctx, ce) || tailQuote(ctx, ce, raw.length).length)
    return null;
  return preContent(ctx, first, srcStart);
}

/** A quote resumed after the attribution ("“…,” she said, “…”"). */
function tailQuote(ctx: QuoteCtx, e: number, last: number): Range[] {
  const { raw } = ctx.doc.tk;
  const at = raw[e] === "," ? e + 1 : e;
  const q = at < last ? ctx.inQuote[at] : -1;
  if (q < 0 || ctx.regions[q].open !== at) return [];
  return [[at, ctx.regions[q].last + 1]];
}

function according(ctx: QuoteCtx, k: number, first: number, last: number): Attribution | null {
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
