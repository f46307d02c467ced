import { isWord } from "../text/doc.ts";
import type { Attribution, CueSite, QuoteCtx } from "./attribution.ts";
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

/** "Asked about the vote, Doe said …", "…, she said when asked by a reporter if …": the question, its asker. */
export function askedLead(ctx: QuoteCtx, k: number, last: number): Attribution | null {
  const { raw, lower } = ctx.doc.tk;
  let a = k + 1;
  if (lower[a] === "later" || lower[a] === "again") a++;
  let source: Range | null = null;
  if (lower[a] === "by") {
    let b = a + 1;
    while (b < last && b < a + 8 && !QUESTION_OPEN.has(lower[b]) && raw[b] !== ",") b++;
    if (b > a + 1 && QUESTION_OPEN.has(lower[b])) source = [a + 1, b];
    a = source ? b : a + 1;
  }
  if (lower[a] === "about") a++;
  let e = a;
  while (e < last && raw[e] !== "," && ctx.inQuote[e] < 0) e++;
  while (e > a && /^[.!?;:]$/.test(raw[e - 1])) e--;
  if (e - a < 1 || (e >= last - 1 && !QUESTION_OPEN.has(lower[k + 1]) && lower[k + 1] !== "by")) return null;
  return { source, cue: [k, a], content: [[a, e]], lemma: "ask", cls: "speech", own: 0 };
}

const QUESTION_OPEN = new Set(["about", "if", "whether", "how", "what", "why", "who", "when", "where", "to"]);

/** "X seems to …": PolNeAR takes the whole clause as content, without a source. */
export function impression(ctx: QuoteCtx, at: CueSite): Attribution | null {
  const { cs, ce, cw, first, last } = at;
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

const POLL = new Set(["poll", "polls", "survey", "surveys"]);
const POLL_TAIL = new Set("released conducted taken published by from of last this on in".split(" "));

/** End of "a CNN poll released Monday" after "in": the token after the poll noun phrase, or -1. */
function pollPhrase(ctx: QuoteCtx, k: number, last: number): number {
  const { raw, lower } = ctx.doc.tk;
  let head = -1;
  let e = k + 1;
  for (; e < last && e < k + 12; e++) {
    if (raw[e] === "," || raw[e] === "." || raw[e] === ";" || ctx.claimed[e]) break;
    if (POLL.has(lower[e])) head = e;
  }
  // "in the polls Tuesday", "in polls behind Clinton": the poll noun ends the phrase or a tail follows it
  if (head < 0 || (head + 1 < e && !POLL_TAIL.has(lower[head + 1]))) return -1;
  // "lead in the polls", "in national polls": standings in polls at large, not one poll's finding
  if (lower[head].endsWith("s") && !raw.slice(k + 1, head).some((w) => /^[A-Z0-9]/.test(w))) return -1;
  return lower[k + 1] === "the" && head === k + 2 && e > head + 1 ? -1 : e;
}

/** "In a CNN poll, Clinton led by 24 points" and "Trump is ahead in the polls". */
export function pollCue(ctx: QuoteCtx, k: number, first: number, last: number): Attribution | null {
  const { raw } = ctx.doc.tk;
  const e = pollPhrase(ctx, k, last);
  if (e < 0) return null;
  const cue: Range = [k, k + 1];
  const source: Range = [k + 1, e];
  const lemma = "in";
  if (k === first && raw[e] === ",") {
    let end = last;
    while (end > e + 1 && /^[.!?;]$/.test(raw[end - 1])) end--;
    for (let i = e + 1; i < end; i++) if (ctx.claimed[i]) return null;
    return end - e > 3 ? { source, cue, content: [[e + 1, end]], lemma, cls: "stance", own: 0 } : null;
  }
  if (k === first || (raw[e] !== "." && raw[e] !== "," && e < last)) return null;
  for (let i = first; i < k; i++) if (ctx.claimed[i]) return null;
  const before = preContent(ctx, first, k);
  return before ? { source, cue, content: before, lemma, cls: "stance", own: 0 } : null;
}

export const DASHES = new Set(["—", "―", "–"]);

/** "“…” ― Sonya Herridge": a quote signed by the name after a dash. */
export function dashSigned(ctx: QuoteCtx, k: number, last: number): Attribution | null {
  const { raw } = ctx.doc.tk;
  const q = k > 0 ? ctx.inQuote[k - 1] : -1;
  if (q < 0 || ctx.regions[q].close !== k - 1 || ctx.claimed[k - 1]) return null;
  let e = k + 1;
  while (e < last && e < k + 6 && /^[A-Z]/.test(raw[e])) e++;
  if (e === k + 1 || (e < last && raw[e] !== "," && raw[e] !== ".")) return null;
  const r = ctx.regions[q];
  return {
    source: [k + 1, e],
    cue: [k, k + 1],
    content: [[r.open, r.close + 1]],
    lemma: "—",
    cls: "speech",
    own: 0,
  };
}

const REPORT_AUX = new Set("has have had is are was were will would".split(" "));

/** "X has reportedly amassed …": the writer relays an unnamed report; the clause around the adverb is content. */
export function reportedly(ctx: QuoteCtx, k: number, first: number, last: number): Attribution | null {
  const { raw, lower } = ctx.doc.tk;
  let cs = k;
  while (cs - 1 > first && REPORT_AUX.has(lower[cs - 1])) cs--;
  let e = last;
  while (e > k + 1 && /^[.,;:!?]$/.test(raw[e - 1])) e--;
  if (cs - first < 1 || e - k < 3) return null;
  for (let i = first; i < e; i++) if (ctx.claimed[i] || ctx.inQuote[i] >= 0) return null;
  const content: Range[] = [
    [first, cs],
    [k + 1, e],
  ];
  return { source: null, cue: [cs, k + 1], content, lemma: "reportedly", cls: "evidence", own: 0 };
}

const VIEW_NOUNS = new Set(["view", "opinion", "eyes", "estimation", "judgment", "mind", "words"]);
const POSSESSIVES = new Set(["his", "her", "their", "its", "our", "my", "your"]);

/** "In Doe's view, …" / "…, in their view": the possessor holds the rest of the sentence. */
export function inView(ctx: QuoteCtx, k: number, first: number, last: number): Attribution | null {
  const { raw, lower } = ctx.doc.tk;
  if (!VIEW_NOUNS.has(lower[k])) return null;
  let p = k - 1;
  if (lower[p] === "of" && lower[p - 1] === "point") p -= 2;
  let s = p;
  if (POSSESSIVES.has(lower[p])) s = p;
  else if (/[’']s?$/.test(raw[p])) {
    s = p;
    while (s - 1 > first && /^[A-Z]/.test(raw[s - 1]) && s > p - 4) s--;
  } else return null;
  const prep = s - 1;
  if (prep < first || !/^(in|from|to)$/.test(lower[prep])) return null;
  const source: Range = [s, p + 1];
  const cue: Range = [prep, k + 1];
  const lemma = lower[k];
  if (raw[k + 1] === ",") {
    let e = last;
    while (e > k + 2 && /^[.,;:!?]$/.test(raw[e - 1])) e--;
    if (prep === first && e - k > 3)
      return { source, cue, content: [[k + 2, e]], lemma, cls: "thought", own: 0 };
  }
  if (prep > first + 2 && raw[prep - 1] === ",") {
    const before = preContent(ctx, first, prep - 1);
    if (before) return { source, cue, content: before, lemma, cls: "thought", own: 0 };
  }
  return null;
}

const KNOWN_AUX = new Set(
  "is are was were be been being also now well best widely still not long".split(" "),
);

/** "also known as ISIL", "is known for her liberal bent": the name or trait is content, without a source. */
export function knownAs(ctx: QuoteCtx, k: number, first: number, last: number): Attribution | null {
  const { raw, lower } = ctx.doc.tk;
  let m = k + 1;
  let source: Range | null = null;
  if (lower[m] === "to") {
    let t = m + 1;
    while (t < last && t < m + 5 && lower[t] !== "as") t++;
    if (lower[t] !== "as" || t === m + 1) return null;
    source = [m + 1, t];
    m = t;
  }
  if (lower[m] !== "as" && lower[m] !== "for") return null;
  let cs = k;
  while (cs - 1 >= first && KNOWN_AUX.has(lower[cs - 1])) cs--;
  let e = m + 1;
  while (e < last && e < m + 14 && !/^[.,;:!?)(—–]$/.test(raw[e]) && !ctx.claimed[e]) e++;
  if (e === m + 1 || !isWord(raw[m + 1])) return null;
  return { source, cue: [cs, m + 1], content: [[m + 1, e]], lemma: "know", cls: "stance", own: 0 };
}
