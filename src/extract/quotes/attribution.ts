import { type Doc, isWord } from "../text/doc.ts";
import { SUBJECT_PRONOUNS } from "../text/lexicon.ts";
import { ADJ_CUES, adjCue } from "./adjcue.ts";
import { colon, speakerLabel } from "./colon.ts";
import { content, preContent } from "./content.ts";
import {
  CUE_AUX,
  CUES,
  type CueClass,
  type CueWord,
  isPassive,
  isTitleCase,
  NOT_HEAD,
  verbalNoun,
} from "./cues.ts";
import { asLead, CLOSERS, commaLead, prevQuote, quoteLead, tailQuote } from "./leads.ts";
import { findQuoteRegions, type QuoteRegion, regionIndex } from "./marks.ts";
import { NOUN_CUES, nounCue } from "./nouncue.ts";
import { RECEIVED, receivedNoun } from "./received.ts";
import {
  type Range,
  sentenceSubject,
  skipTimeLeft,
  sourceAcrossComma,
  sourceAfter,
  sourceBefore,
} from "./source.ts";
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
    particleToCue(ctx, a);
    a.own = a.content.length;
    claim(ctx, a);
    out.push(a);
  }
}

const CUE_PREPS = new Set(["of", "about", "for", "on", "against", "with", "over", "at", "upon"]);
const NP_START = /^(the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|us|me|it)$/;

/** A preposition between cue and content belongs to the cue ("spoke about | the plan", "referred to | Doe"). */
function particleToCue(ctx: QuoteCtx, a: Attribution): void {
  const { raw, lower } = ctx.doc.tk;
  const c = a.content[0];
  if (c[0] !== a.cue[1] || c[1] - c[0] < 2 || ctx.inQuote[c[0]] >= 0) return;
  const w = lower[c[0]];
  const nx = c[0] + 1;
  const np = NP_START.test(lower[nx]) || /^[A-Z0-9]/.test(raw[nx]);
  if (!CUE_PREPS.has(w) && !(w === "to" && np)) return;
  // "said at least 300", "said about 2,500": a figure's qualifier, not a particle
  if (/^(least|most|\d[\d,.]*)$/.test(lower[nx])) return;
  a.cue = [a.cue[0], c[0] + 1];
  a.content[0] = [c[0] + 1, c[1]];
}

const LIKE: CueWord = { lemma: "like", cls: "thought", hearer: false, strict: true, ing: false };

/** "would like to", "don't like him": "like" as a verb of wanting or liking, not a preposition. */
function likeCue(lower: string[], k: number): CueWord | undefined {
  const p = lower[k - 1] ?? "";
  return /^(would|’d|'d|not|really|actually|just)$|n[’']t$/.test(p) ? LIKE : undefined;
}

const THAT_AFTER =
  /^(he|she|they|we|i|it|the|a|an|this|there|his|her|their|its|our|no|some|many|most|if|in)$/;

/** "Doe conceded that …": an unlisted verb (-ed or -s form) taking a "that" clause with a subject. */
function thatVerb(ctx: QuoteCtx, k: number): boolean {
  const { raw, lower } = ctx.doc.tk;
  const w = lower[k];
  if (raw[k] !== w || !/[a-z](ed|es|s)$/.test(w) || /(ss|us|is|ness|ics)$/.test(w)) return false;
  // an -s form is a verb after a name or pronoun ("Doe maintains that"), else a plural noun ("voters that")
  if (!w.endsWith("ed") && !(/^[A-Z]/.test(raw[k - 1] ?? "") || /^(he|she|it)$/.test(lower[k - 1] ?? "")))
    return false;
  const nx = raw[k + 2] ?? "";
  return THAT_AFTER.test(lower[k + 2] ?? "") || /^[A-Z]/.test(nx);
}

function generic(w: string): CueWord {
  return { lemma: w, cls: "speech", hearer: false, strict: true, ing: false };
}

const NOUN_BEFORE = new Set(
  "a an the this these those tv talk reality radio game cooking conference roll phone fundraising".split(" "),
);

/** "the show", "a conference call", "her plan": a cue form used as a noun. */
function nounUse(lower: string[], k: number, first: number): boolean {
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
function isAux(w: string, raw: string): boolean {
  if (CUE_AUX.has(w) || w === "both" || w === "well") return true;
  if (/^(do|does|did|is|was|are|were|has|have|had|would|could|should|wo|ca|ai)n[’']t$/.test(w)) return true;
  return w.length > 4 && w.endsWith("ly") && raw === w && !NOT_ADVERB.has(w);
}

/** Last token of the subject before a cue at `cs`, past a time phrase and its auxiliaries ("has in the past"). */
function subjectEnd(ctx: QuoteCtx, first: number, cs: number): number {
  const { raw, lower } = ctx.doc.tk;
  let b = skipTimeLeft(lower, first, cs - 1);
  if (b === cs - 1) return b;
  while (b > first && isAux(lower[b], raw[b])) b--;
  return b;
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

const RELATIVE = new Set(["which", "what"]);

/** "the system, which he said was rigged": the relative pronoun is part of the content. */
function relative(ctx: QuoteCtx, src: number): Range | undefined {
  const p = src - 1;
  return p >= 0 && RELATIVE.has(ctx.doc.tk.lower[p]) && !ctx.claimed[p] ? [p, src] : undefined;
}

/** Marks an attribution's tokens: 1 for cue and content, 2 for a source (another cue of it may share it). */
function claim(ctx: QuoteCtx, a: Attribution): void {
  if (a.source) ctx.claimed.fill(2, a.source[0], a.source[1]);
  for (const r of [a.cue, ...a.content]) ctx.claimed.fill(1, r[0], r[1]);
  if (a.reach) ctx.claimed.fill(1, a.cue[1], a.reach);
}

const RAISING = new Set(["continue", "seem", "appear"]);

/** Forms used as adjectives or nouns here: "pledged delegates", "the nominating contest", "early voting". */
function skipCue(raw: string[], lower: string[], k: number, first: number): boolean {
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
  return w === "show" && /^[A-Z]/.test(raw[k - 1] ?? "") && k - 1 > first;
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
  if (cw.lemma === "seem" || cw.lemma === "appear") return impression(ctx, cs, ce, cw, first, last);
  // an expectation nobody is quoted on: never a quote
  if (raisedPassive(lower, cs, k, ce)) return impression(ctx, cs, ce, { ...cw, cls: "stance" }, first, last);
  if (lower[k] === "asked" && (cs === first || ASKED_AFTER.has(lower[cs - 1])))
    return askedLead(ctx, k, last);
  if (cs === first && lower[k] === "said") return saidFirst(ctx, k, ce, last);
  const inf = infinitive(ctx, cs, ce, cw, first, last);
  if (inf !== undefined) return inf;
  const cue: Range = [cs, ce];
  const lemma = cw.lemma;
  if (isPassive(lower, cs, k, lower[k]) || reducedPassive(raw, lower, cs, k))
    return passiveBy(ctx, cs, ce, cw, first, last) ?? passiveAsked(ctx, cs, ce, cw, last);
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
  // "She escalated her criticism, telling CNN …": a participle cue after a comma speaks for the subject
  const participle = cw.ing && prev === ",";
  let source =
    afterQuote || participle
      ? null
      : prev === "," || prev === "—" || prev === "–" || prev === "--"
        ? sourceAcrossComma(ctx.doc, first, cs - 1)
        : (relativeThat(ctx, first, cs) ?? sourceBefore(ctx.doc, first, subjectEnd(ctx, first, cs)));
  if (source && ctx.claimed[source[0]] === 1) source = null;
  if (source) {
    const lead =
      quoteLead(ctx, first, source[0]) ??
      prevQuote(ctx, first, source[0], ce) ??
      commaLead(ctx, first, source[0], ce) ??
      asLead(ctx, first, source[0], ce, last);
    if (lead)
      return { source, cue, content: [...lead, ...tailQuote(ctx, ce, last)], lemma, cls: cw.cls, own: 0 };
    const after = content(ctx, ce, last, cw);
    if (after) {
      const a: Attribution = {
        source,
        cue,
        content: after,
        lemma,
        cls: cw.cls,
        own: 0,
        rel: relative(ctx, source[0]),
      };
      return cw.strict && OBJECT_LEMMAS.has(lemma) ? objectOnly(ctx, a) : a;
    }
    if (cw.strict) return null;
    const before = preContent(ctx, first, source[0]);
    return before ? { source, cue, content: before, lemma, cls: cw.cls, own: 0 } : null;
  }
  // "… by saying that …", "while noting …": a gerund after a preposition speaks for the subject
  const gerund = cw.ing && GERUND_PREP.has(lower[cs - 1]) && cs - 1 > first;
  const bare =
    (cw.ing && (prev === "," || afterQuote || gerund)) ||
    ((lower[cs - 1] === "and" || lower[cs - 1] === "but" || NOT_HEAD.has(lower[cs - 1])) && !cw.ing);
  if (!bare) return cw.ing ? leadingParticiple(ctx, cs, ce, cw, first, last) : null;
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
  return { source: subj, cue, content: after, lemma, cls: cw.cls, own: 0 };
}

/** "The Kremlin denied it, but Putin did not, adding …": a participle speaks for the subject after "but". */
function contrastSubject(ctx: QuoteCtx, first: number, cs: number): Range | null {
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
function relativeThat(ctx: QuoteCtx, first: number, cs: number): Range | null {
  const { raw, lower } = ctx.doc.tk;
  const t = cs - 1;
  if (t <= first || lower[t] !== "that" || ctx.claimed[t]) return null;
  const p = lower[t - 1];
  return isWord(raw[t - 1]) && !CUES.has(p) && !NOT_HEAD.has(p) && !/^(so|such|now|is|was)$/.test(p)
    ? [t, cs]
    : null;
}

/** "Carson admitted …, but said …": a verb coordinated with the main one shares a named or pronoun subject. */
function coordinatedSubject(ctx: QuoteCtx, first: number, cs: number): Range | null {
  const { raw, lower } = ctx.doc.tk;
  if (lower[cs - 1] !== "and" && lower[cs - 1] !== "but") return null;
  const s = sentenceSubject(ctx.doc, first, cs);
  if (!s || ctx.claimed[s[0]] === 1) return null;
  return /^[A-Z]/.test(raw[s[1] - 1]) || SUBJECT_PRONOUNS.has(lower[s[0]]) ? s : null;
}

/**
 * "allow evangelicals to support Trump", "an opening for Clinton to highlight …": an infinitive cue speaks for
 * the noun phrase right before "to"; undefined when the cue is not an infinitive.
 */
function infinitive(
  ctx: QuoteCtx,
  cs: number,
  ce: number,
  cw: CueWord,
  first: number,
  last: number,
): Attribution | null | undefined {
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
function passiveBy(
  ctx: QuoteCtx,
  cs: number,
  ce: number,
  cw: CueWord,
  first: number,
  last: number,
): Attribution | null {
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
function reducedPassive(raw: string[], lower: string[], cs: number, k: number): boolean {
  return (
    cs === k && raw[k - 1] === "," && lower[k + 1] === "by" && /ed$|own$|een$|ritten$|ought$/.test(lower[k])
  );
}

/** "Trump is expected to win": like "seems to", the subject and its clause are the content. */
function raisedPassive(lower: string[], cs: number, k: number, ce: number): boolean {
  if (lower[ce] !== "to" || !/ed$|own$|ought$|aid$/.test(lower[k])) return false;
  for (let i = cs; i < k; i++) if (/^(is|are|was|were|be|been|being|’s|'s)$/.test(lower[i])) return true;
  return false;
}

const LEAD_PREP = new Set(["after", "by", "while", "before", "since", "upon", "when", "in"]);

/** "After thanking the crowd, Trump …" / "Noting that …, Schlafly …": the main clause's subject speaks. */
function leadingParticiple(
  ctx: QuoteCtx,
  cs: number,
  ce: number,
  cw: CueWord,
  first: number,
  last: number,
): Attribution | null {
  const { raw, lower } = ctx.doc.tk;
  if (cs !== first && !(cs === first + 1 && LEAD_PREP.has(lower[first]))) return null;
  let c = ce;
  while (c < last && raw[c] !== "," && ctx.inQuote[c] < 0) c++;
  if (c >= last - 1 || raw[c] !== "," || c === ce) return null;
  const source = sentenceSubject(ctx.doc, c + 1, last);
  if (!source) return null;
  return { source, cue: [cs, ce], content: [[ce, c]], lemma: cw.lemma, cls: cw.cls, own: 0 };
}

const CLAUSE_OPEN = new Set([",", ";", "when", "while", "as", "after", "because", "but", "and", "before"]);

/** Start of the clause holding token `k` ("…, and when Rubio thanked Miami" → "Rubio"). */
function clauseStart(ctx: QuoteCtx, first: number, k: number): number {
  const { lower } = ctx.doc.tk;
  for (let i = k; i > first; i--) if (CLAUSE_OPEN.has(lower[i - 1])) return i;
  return first;
}

/** "Said Comey, “…”": an inverted cue opening the sentence, its quote after the speaker. */
function saidFirst(ctx: QuoteCtx, k: number, ce: number, last: number): Attribution | null {
  const source = sourceAfter(ctx.doc, ce, last);
  if (!source || ctx.doc.tk.raw[source[1]] !== ",") return null;
  const quote = tailQuote(ctx, source[1], last);
  return quote.length ? { source, cue: [k, ce], content: quote, lemma: "say", cls: "speech", own: 0 } : null;
}

const GERUND_PREP = new Set(["by", "after", "while", "before", "without", "in", "when"]);

const ASKED_AFTER = new Set(["when", "whenever", "if", "after", "once", "before", ","]);

/** "Sanders was asked about the plan": the question is content without a source. */
function passiveAsked(ctx: QuoteCtx, cs: number, ce: number, cw: CueWord, last: number): Attribution | null {
  if (cw.lemma !== "ask") return null;
  const after = content(ctx, ce, last, cw);
  return after ? { source: null, cue: [cs, ce], content: after, lemma: "ask", cls: "stance", own: 0 } : null;
}

const PARTICLES: Record<string, string[]> = {
  vote: ["for", "against"],
  boast: ["about", "of"],
  brag: ["about", "of"],
  remind: ["about", "of"],
  apologize: ["for"],
  apologise: ["for"],
  reckon: ["with"],
  argue: ["against", "for"],
  caution: ["against", "about"],
  put: ["it"],
  agree: ["with"],
  concur: ["with"],
  identify: ["with"],
  believe: ["in"],
  hope: ["for"],
  mention: ["of"],
  touch: ["on", "upon"],
  side: ["with", "against"],
  spar: ["with"],
  rule: ["out"],
  lash: ["out"],
  respond: ["to", "with"],
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
  balk: ["at"],
  weigh: ["in"],
  react: ["to"],
  brush: ["aside", "off"],
  lay: ["out"],
  distance: ["himself", "herself", "themselves", "itself"],
};

/** "showed up", "called off", "backed down": another verb, not the cue. */
const PHRASAL = new Set(["up", "off", "down", "away"]);
const NEEDS_PARTICLE = new Set([
  "put",
  "point",
  "speak",
  "focus",
  "touch",
  "side",
  "spar",
  "rule",
  "lash",
  "weigh",
  "brush",
  "lay",
  "distance",
]);
