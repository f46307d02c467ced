import type { Doc } from "../text/doc.ts";
import { ADJ_CUES, adjCue } from "./adjcue.ts";
import { colon, speakerLabel } from "./colon.ts";
import { content, preContent } from "./content.ts";
import { generic, isAux, likeCue, nounUse, RAISING, skipCue, thatVerb } from "./cue-use.ts";
import { CUES, type CueClass, type CueWord, isPassive, isTitleCase, NOT_HEAD, verbalNoun } from "./cues.ts";
import { asLead, CLOSERS, closesQuote, commaLead, prevQuote, quoteLead, tailQuote } from "./leads.ts";
import { findQuoteRegions, type QuoteRegion, regionIndex } from "./marks.ts";
import { NOUN_CUES, nounCue } from "./nouncue.ts";
import { NEEDS_PARTICLE, PARTICLES, PHRASAL, particleToCue } from "./particles.ts";
import { plausibleSource } from "./plausible.ts";
import { RECEIVED, receivedNoun } from "./received.ts";
import { type Range, sentenceSubject, sourceAcrossComma, sourceAfter, sourceBefore } from "./source.ts";
import {
  ACCORDING,
  according,
  askedLead,
  DASHES,
  dashSigned,
  impression,
  inView,
  knownAs,
  pollCue,
  reportedly,
} from "./special.ts";
import {
  clauseStart,
  contrastSubject,
  coordinatedSubject,
  relative,
  relativeThat,
  subjectEnd,
} from "./subjects.ts";
import {
  infinitive,
  leadingParticiple,
  passiveAsked,
  passiveBy,
  raisedPassive,
  reducedPassive,
  saidFirst,
} from "./verb-forms.ts";

/** One attribution in token ranges: who (source), the cue words, and what was said (content parts). */
export interface Attribution {
  source: Range | null;
  cue: Range;
  content: Range[];
  lemma: string;
  cls: CueClass;
  /** Number of content parts found at the cue; later parts are floating quotes attached afterwards. */
  own: number;
  /** Token end of the clause the cue governs when the content stops short of it (left claimed). */
  reach?: number;
  /** A relative pronoun standing for the content ("which he said …"): part of the span, not of the quote. */
  rel?: Range;
}

/** Where a cue sits: its tokens [cs, ce), its word, and its sentence's tokens [first, last). */
export interface CueSite {
  cs: number;
  ce: number;
  cw: CueWord;
  first: number;
  last: number;
}

export interface QuoteCtx {
  doc: Doc;
  regions: QuoteRegion[];
  inQuote: Int32Array;
  claimed: Uint8Array;
  /** Source of the latest attribution found in the sentence starting at `first`, if any. */
  lastSource: (first: number) => Range | null;
}

/** Finds attributions sentence by sentence, outermost cue first. */
export function findAttributions(doc: Doc): Attribution[] {
  const regions = findQuoteRegions(doc.text, doc.tk, doc.sents);
  const out: Attribution[] = [];
  const ctx: QuoteCtx = {
    doc,
    regions,
    inQuote: regionIndex(doc.tk.raw.length, regions),
    claimed: new Uint8Array(doc.tk.raw.length),
    lastSource: () => null,
  };
  ctx.lastSource = (first) => {
    for (let i = out.length - 1; i >= 0; i--) {
      const src = out[i].source;
      if (src && src[0] >= first) return src;
      if (out[i].cue[0] < first) return null;
    }
    return null;
  };
  for (const s of doc.sents) {
    for (let pass = 0; pass < 2; pass++) sentence(ctx, s.first, s.last, pass === 0, out);
  }
  return out;
}

/** Cues of one sentence; the first pass takes only the plain "say" verbs so they claim their content first. */
function sentence(ctx: QuoteCtx, first: number, last: number, core: boolean, out: Attribution[]): void {
  const { lower, raw } = ctx.doc.tk;
  const title = !core && isTitleCase(raw, first, last);
  for (let k = first; k < last; k++) {
    if (ctx.claimed[k] || ctx.inQuote[k] >= 0) continue;
    const w = lower[k];
    const cw =
      w === "according" && lower[k + 1] === "to"
        ? ACCORDING
        : w === "like"
          ? likeCue(lower, k)
          : (CUES.get(w) ?? verbalNoun(raw, lower, k, first, title));
    let a: Attribution | null = null;
    if (cw && CORE.has(cw.lemma) === core && !nounUse(lower, k, first)) {
      a = cw === ACCORDING ? according(ctx, k, first, last) : atCue(ctx, k, cw, first, last);
    }
    if (!a && core && w === ":") a = speakerLabel(ctx, k, first);
    if (!a && !core && !cw && lower[k + 1] === "that" && thatVerb(ctx, k))
      a = atCue(ctx, k, generic(w), first, last);
    if (!a && !core && w === ":") a = colon(ctx, k, first, last);
    if (!a && !core && RECEIVED.has(w)) a = receivedNoun(ctx, k, first, last);
    if (!a && !core && (w === "view" || w === "opinion" || w === "eyes" || w === "words"))
      a = inView(ctx, k, first, last);
    if (!a && !core && NOUN_CUES.has(w)) a = nounCue(ctx, k, first, last);
    if (!a && !core && ADJ_CUES.has(w)) a = adjCue(ctx, k, first, last);
    if (!a && !core && w === "in") a = pollCue(ctx, k, first, last);
    if (!a && !core && DASHES.has(w)) a = dashSigned(ctx, k, last);
    if (!a && !core && w === "reportedly" && !CUES.has(lower[k + 1])) a = reportedly(ctx, k, first, last);
    if (!a) continue;
    if (a.source) a.source = plausibleSource(ctx.doc, a.source);
    particleToCue(ctx, a);
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

/** Marks an attribution's tokens: 1 for cue and content, 2 for a source (another cue of it may share it). */
function claim(ctx: QuoteCtx, a: Attribution): void {
  if (a.source) ctx.claimed.fill(2, a.source[0], a.source[1]);
  for (const r of [a.cue, ...a.content]) ctx.claimed.fill(1, r[0], r[1]);
  if (a.reach) ctx.claimed.fill(1, a.cue[1], a.reach);
}

/** Verbs whose object is a noun phrase ("supported Trump by a wide margin"). */
const OBJECT_LEMMAS = new Set(["support", "endorse", "back", "oppose"]);
const ADJUNCT = new Set(
  "by if since in at on during after before as when while because last this following despite amid".split(
    " ",
  ),
);

/** Cuts a noun-phrase object at its first adjunct; the rest of the clause stays claimed by the cue. */
function objectOnly(ctx: QuoteCtx, a: Attribution): Attribution {
  const { raw, lower } = ctx.doc.tk;
  const [s, e] = a.content[0];
  if (a.content.length !== 1 || lower[s] === "that" || ctx.inQuote[s] >= 0) return a;
  for (let i = s + 1; i < e; i++) {
    if (ctx.inQuote[i] >= 0) return a;
    if (raw[i] === "," || ADJUNCT.has(lower[i])) return { ...a, content: [[s, i]], reach: e };
  }
  return a;
}

function atCue(ctx: QuoteCtx, k: number, cw: CueWord, first: number, last: number): Attribution | null {
  const { raw, lower } = ctx.doc.tk;
  // "continues to oppose", "seemed to urge": the later verb is the cue, with the raising verb in its group
  if (cw.lemma === "continue" && lower[k + 1] === "to" && CUES.has(lower[k + 2] ?? "")) return null;
  if (skipCue(raw, lower, k, first)) return null;
  if (lower[k] === "known") return knownAs(ctx, k, first, last);
  const extent = cueExtent(ctx, k, cw, first);
  if (!extent) return null;
  const [cs, ce] = extent;
  const at: CueSite = { cs, ce, cw, first, last };
  if (cw.lemma === "seem" || cw.lemma === "appear") return impression(ctx, at);
  // an expectation nobody is quoted on: never a quote
  if (raisedPassive(lower, cs, k, ce)) return impression(ctx, { ...at, cw: { ...cw, cls: "stance" } });
  if (lower[k] === "asked" && (cs === first || ASKED_AFTER.has(lower[cs - 1])))
    return askedLead(ctx, k, last);
  if (cs === first && lower[k] === "said") return saidFirst(ctx, k, ce, last);
  const inf = infinitive(ctx, at);
  if (inf !== undefined) return inf;
  if (isPassive(lower, cs, k, lower[k]) || reducedPassive(raw, lower, cs, k))
    return passiveBy(ctx, at) ?? passiveAsked(ctx, at);
  return inverted(ctx, at) ?? subjectFirst(ctx, at);
}

/**
 * The cue's tokens [cs, ce): auxiliaries and raising verbs before it ("has long argued", "seemed to urge"),
 * its particle after it ("spoke emotionally of"); null when the verb is another verb here.
 */
function cueExtent(ctx: QuoteCtx, k: number, cw: CueWord, first: number): [number, number] | null {
  const { raw, lower } = ctx.doc.tk;
  let cs = k;
  for (;;) {
    if (cs - 1 >= first && isAux(lower[cs - 1], raw[cs - 1])) cs--;
    else if (cs - 2 >= first && lower[cs - 1] === "to" && RAISING.has(CUES.get(lower[cs - 2])?.lemma ?? ""))
      cs -= 2;
    else break;
  }
  let ce = k + 1;
  // "spoke emotionally of": one adverb may sit before the particle
  const adv = /ly$/.test(lower[ce] ?? "") && PARTICLES[cw.lemma]?.includes(lower[ce + 1]) ? 1 : 0;
  if (lower[ce] === "out" || PARTICLES[cw.lemma]?.includes(lower[ce + adv])) {
    ce += 1 + adv;
    // "the 4 metres the inspectors had asked for, because …": a stranded particle, its object gone
    if (/^(for|about|of|with|to|at|on|against)$/.test(lower[ce - 1]) && /^[,.;!?)]$/.test(raw[ce] ?? "."))
      return null;
  } else if ((NEEDS_PARTICLE.has(cw.lemma) && lower[ce] !== "that") || PHRASAL.has(lower[ce])) return null;
  // "declined to comment" but not "sales declined by 4 percent"; "filed a complaint", not "filed for bankruptcy"
  if ((cw.lemma === "decline" && lower[ce] !== "to") || (cw.lemma === "file" && lower[ce] === "for"))
    return null;
  return [cs, ce];
}

/** "…, said Doe." / "“…,” said Doe": the speaker after the cue, what was said before it. */
function inverted(ctx: QuoteCtx, at: CueSite): Attribution | null {
  const { cs, ce, cw, first, last } = at;
  const { raw } = ctx.doc.tk;
  const prev = cs - 1 >= first ? raw[cs - 1] : "";
  const afterQuote = CLOSERS.has(prev) || closesQuote(ctx, cs - 1, first);
  if ((prev !== "," && !afterQuote) || cw.strict || cw.ing || cw.hearer) return null;
  let src = sourceAfter(ctx.doc, ce, last, afterQuote);
  if (src && !afterQuote && src[1] < last && raw[src[1]] !== "." && raw[src[1]] !== ",") src = null;
  const before = src ? preContent(ctx, first, cs) : null;
  if (!src || !before) return null;
  const content = [...before, ...tailQuote(ctx, src[1], last)];
  return { source: src, cue: [cs, ce], content, lemma: cw.lemma, cls: cw.cls, own: 0 };
}

/** "Doe said …": the subject before the cue speaks; without one, a bare cue ("…, adding …"). */
function subjectFirst(ctx: QuoteCtx, at: CueSite): Attribution | null {
  const { cs, ce, cw, first, last } = at;
  const { raw } = ctx.doc.tk;
  const prev = cs - 1 >= first ? raw[cs - 1] : "";
  const afterQuote = CLOSERS.has(prev) || closesQuote(ctx, cs - 1, first);
  // "She escalated her criticism, telling CNN …": a participle cue after a comma speaks for the subject
  const participle = cw.ing && prev === ",";
  let source =
    afterQuote || participle
      ? null
      : prev === "," || prev === "—" || prev === "–" || prev === "--"
        ? sourceAcrossComma(ctx.doc, first, cs - 1)
        : (relativeThat(ctx, first, cs) ?? sourceBefore(ctx.doc, first, subjectEnd(ctx, first, cs)));
  if (source && ctx.claimed[source[0]] === 1) source = null;
  if (!source) return bareCue(ctx, at);
  const cue: Range = [cs, ce];
  const { lemma, cls } = cw;
  const lead =
    quoteLead(ctx, first, source[0]) ??
    prevQuote(ctx, first, source[0], ce) ??
    commaLead(ctx, first, source[0], ce) ??
    asLead(ctx, first, source[0], ce, last);
  if (lead) return { source, cue, content: [...lead, ...tailQuote(ctx, ce, last)], lemma, cls, own: 0 };
  const after = content(ctx, ce, last, cw);
  if (after) {
    const a: Attribution = { source, cue, content: after, lemma, cls, own: 0, rel: relative(ctx, source[0]) };
    return cw.strict && OBJECT_LEMMAS.has(lemma) ? objectOnly(ctx, a) : a;
  }
  if (cw.strict) return null;
  const before = preContent(ctx, first, source[0]);
  return before ? { source, cue, content: before, lemma, cls, own: 0 } : null;
}

/** A cue with no subject of its own ("…, adding that …", "and said …"): the sentence's speaker, if any. */
function bareCue(ctx: QuoteCtx, at: CueSite): Attribution | null {
  const { cs, ce, cw, first, last } = at;
  const { raw, lower } = ctx.doc.tk;
  const prev = cs - 1 >= first ? raw[cs - 1] : "";
  const afterQuote = CLOSERS.has(prev) || closesQuote(ctx, cs - 1, first);
  // "… by saying that …", "while noting …": a gerund after a preposition speaks for the subject
  const gerund = cw.ing && GERUND_PREP.has(lower[cs - 1]) && cs - 1 > first;
  const bare =
    (cw.ing && (prev === "," || afterQuote || gerund)) ||
    ((lower[cs - 1] === "and" || lower[cs - 1] === "but" || NOT_HEAD.has(lower[cs - 1])) && !cw.ing);
  if (!bare) return cw.ing ? leadingParticiple(ctx, at) : null;
  const after = content(ctx, ce, last, cw);
  if (!after) return null;
  const subj =
    cs - first > 1
      ? ((cw.ing ? contrastSubject(ctx, first, cs) : null) ??
        ctx.lastSource(first) ??
        (cw.ing ? sentenceSubject(ctx.doc, first, cs) : null) ??
        sentenceSubject(ctx.doc, clauseStart(ctx, first, cs - 2), cs) ??
        coordinatedSubject(ctx, first, cs))
      : null;
  return { source: subj, cue: [cs, ce], content: after, lemma: cw.lemma, cls: cw.cls, own: 0 };
}

const GERUND_PREP = new Set(["by", "after", "while", "before", "without", "in", "when"]);

const ASKED_AFTER = new Set(["when", "whenever", "if", "after", "once", "before", ","]);
