import { isCapitalised, isWord } from "../text/doc.ts";
import { SUBJECT_PRONOUNS, WEEKDAYS } from "../text/lexicon.ts";
import type { QuoteCtx } from "./attribution.ts";
import { CUES, type CueWord } from "./cues.ts";
import type { Range } from "./source.ts";

const ADVERBIAL = new Set(
  "on in at during after before last this earlier late later yesterday today tonight recently repeatedly again privately publicly, through via over however also for".split(
    " ",
  ),
);
const TRAIL = new Set([".", ",", "—", "–", ";", ":", "-", "!", "?"]);
const CLOSE = new Set(["”", '"', "''", "’"]);

/** Content after a cue: an optional hearer, an optional "that", then a quote or the rest of the sentence. */
export function content(ctx: QuoteCtx, a: number, last: number, cw: CueWord): Range[] | null {
  const { raw } = ctx.doc.tk;
  let j = thatAhead(ctx, a, last, cw.hearer ? 12 : 11);
  if (j < 0) j = cw.hearer ? skipHearer(ctx, a, last) : a;
  // "asked her about it", "reminded viewers of his record"
  if (cw.hearer && j > a && (ctx.doc.tk.lower[j] === "about" || ctx.doc.tk.lower[j] === "of")) j++;
  while (j < last && (raw[j] === "," || raw[j] === ":" || raw[j] === "—")) j++;
  if (j >= last) return raw[last - 1] === ":" ? nextParagraphQuote(ctx, last) : null;
  j = quoteAhead(ctx, j, last);
  const q = ctx.inQuote[j];
  if (q >= 0 && ctx.regions[q].open === j) {
    const r = ctx.regions[q];
    const end = r.last + 1;
    if (end >= last) return [[j, end]];
    const rest = restOfSentence(ctx, end, last);
    return [[j, Math.max(rest, end)]];
  }
  j = skipAdverbials(ctx, j, last);
  const e = restOfSentence(ctx, j, last);
  return e > j && hasWord(raw, j, e) ? [[j, e]] : null;
}

/** A quote after a short aside and a colon ("said of Rubio: “…”") is the content; else `j` unchanged. */
function quoteAhead(ctx: QuoteCtx, j: number, last: number): number {
  const { raw, lower } = ctx.doc.tk;
  for (let i = j; i < last && i < j + 15; i++) {
    if (ctx.inQuote[i] >= 0) {
      return ctx.regions[ctx.inQuote[i]].open === i && raw[i - 1] === ":" ? i : j;
    }
    if (lower[i] === "that" || raw[i] === "." || raw[i] === ";" || CUES.has(lower[i])) return j;
  }
  return j;
}

const TIME = new Set(
  "on last this early earlier late later yesterday today tonight morning afternoon evening night week month year again".split(
    " ",
  ),
);
const MEDIUM = new Set(
  "statement interview email speech tweet post letter release video message briefing".split(" "),
);

/** Skips "Tuesday", "on Monday night", "in a statement", "on Telegram" before reported content. */
function skipAdverbials(ctx: QuoteCtx, j: number, last: number): number {
  const { raw, lower } = ctx.doc.tk;
  for (;;) {
    if (lower[j] === "on" && /^(Telegram|Twitter|X|Facebook|Instagram|TV|CNN|Fox)$/.test(raw[j + 1] ?? ""))
      j += 2;
    else if (j < last && (WEEKDAYS.has(lower[j]) || TIME.has(lower[j]))) j++;
    else if (
      lower[j] === "in" &&
      /^(a|an|his|her|their|its)$/.test(lower[j + 1] ?? "") &&
      MEDIUM.has(lower[j + 2])
    )
      j += 3;
    else if (raw[j] === ",") j++;
    else return j;
  }
}

/** "Doe said:" closing a paragraph: the quote that opens the next one. */
export function nextParagraphQuote(ctx: QuoteCtx, at: number): Range[] | null {
  const q = at < ctx.inQuote.length ? ctx.inQuote[at] : -1;
  if (q < 0 || ctx.regions[q].open !== at || ctx.claimed[at]) return null;
  return [[at, ctx.regions[q].last + 1]];
}

/** End (exclusive) of content starting at j: the sentence's end, or a following ", adding…" clause. */
function restOfSentence(ctx: QuoteCtx, j: number, last: number): number {
  const { raw, lower } = ctx.doc.tk;
  let e = j;
  const stop = subordinateEnd(ctx, j, last);
  while (e < stop) {
    if (raw[e] === "," && ctx.inQuote[e] < 0) {
      const nx = lower[e + 1];
      if (nx === "according" || (CUES.get(nx)?.ing && ctx.inQuote[e + 1] < 0)) break;
      if (e > j + 3 && ctx.inQuote[e + 1] < 0 && TRAILING.has(nx)) break;
    }
    if (raw[e] === ";" && ctx.inQuote[e] < 0) break;
    if (e > j && ctx.inQuote[e] < 0 && ctx.inQuote[e - 1] >= 0 && namedReport(ctx, e, last)) break;
    if (raw[e] === ":" && ctx.inQuote[e] < 0 && speechAfter(ctx, e + 1, last)) break;
    if (e > j + 2 && ctx.inQuote[e] < 0 && JOIN.has(lower[e]) && cueAhead(ctx, e + 1, last)) break;
    e++;
  }
  const q = e > j ? ctx.inQuote[e - 1] : -1;
  if (q >= 0 && e === last && ctx.regions[q].last + 1 > e) e = ctx.regions[q].last + 1;
  return trimEnd(raw, j, e);
}

/** "… was “rising fast” Yonhap reported, …": a name and a reporting verb right after a closing quote. */
function namedReport(ctx: QuoteCtx, e: number, last: number): boolean {
  const { raw, lower } = ctx.doc.tk;
  let i = e;
  while (i < last && i < e + 4 && isCapitalised(raw[i]) && isWord(raw[i])) i++;
  if (i === e || i >= last) return false;
  const cw = CUES.get(lower[i]);
  return !!cw && cw.cls === "speech" && !cw.strict && !cw.ing;
}

/** "disputes that figure: its chairman, Doe, told EPR …": a colon opening another reported clause. */
function speechAfter(ctx: QuoteCtx, a: number, last: number): boolean {
  const { lower } = ctx.doc.tk;
  for (let i = a; i < last && i < a + 12; i++) {
    if (ctx.inQuote[i] >= 0) return false;
    const cw = CUES.get(lower[i]);
    if (cw && !cw.strict && !cw.ing && cw.cls === "speech") return true;
  }
  return false;
}

const SUBORDINATORS = new Set(
  "while although though when after before if because since whereas once unless until".split(" "),
);

/** "Although Doe has pledged to X, the plan …": content in an opening subordinate clause ends at its comma. */
function subordinateEnd(ctx: QuoteCtx, j: number, last: number): number {
  const { raw, lower } = ctx.doc.tk;
  const first = ctx.doc.sents[ctx.doc.sentOf[j]].first;
  const opener = lower[first] === "even" || lower[first] === "but" ? first + 1 : first;
  if (!SUBORDINATORS.has(lower[opener])) return last;
  for (let i = opener + 1; i < last; i++) {
    if (ctx.inQuote[i] >= 0) return last;
    if (raw[i] === ",") return i > j ? i : last;
  }
  return last;
}

const TRAILING = new Set([
  "but",
  "which",
  "who",
  "whose",
  "however",
  "though",
  "although",
  "despite",
  "while",
  "whereas",
  "even",
]);
const PASSIVE_AUX = new Set(["was", "were", "is", "are", "be", "been", "being"]);
const JOIN = new Set([",", "and", "but", "while", "whereas"]);
const CUE_HEADS = new Set([
  "said",
  "says",
  "say",
  "told",
  "added",
  "argued",
  "noted",
  "accused",
  "called",
  "promised",
  "proposed",
  "urged",
  "insisted",
  "warned",
  "claimed",
  "reminded",
  "believe",
  "believes",
  "think",
  "thinks",
  "made",
  "asked",
  "wrote",
]);

/** A new reporting clause starts within a few words ("…, O’Malley reminded viewers", "and accused …"). */
function cueAhead(ctx: QuoteCtx, a: number, last: number): boolean {
  const { raw, lower } = ctx.doc.tk;
  for (let i = a; i < last && i < a + 8; i++) {
    if (raw[i] === "," || ctx.inQuote[i] >= 0 || lower[i] === "that") return false;
    const cw = CUES.get(lower[i]);
    // "… and was charged with murder": a passive verb reports nobody's words
    if (cw && PASSIVE_AUX.has(lower[i - 1])) return false;
    if (CUE_HEADS.has(lower[i]) || (cw && !cw.strict && !cw.ing && cw.cls !== "stance")) return true;
    // "…, and suggesting that …", "and denounced the plan": a second act of the same source
    if (i === a && cw && cw.cls !== "stance" && lower[a - 1] === "and") return true;
    // "…, Devine suggested that …": a named or pronoun subject right before any cue verb
    if (i > a && cw && !cw.ing && (isCapitalised(raw[i - 1]) || SUBJECT_PRONOUNS.has(lower[i - 1])))
      return true;
  }
  return false;
}

function trimEnd(raw: string[], j: number, e: number): number {
  while (e > j && TRAIL.has(raw[e - 1])) e--;
  // keep "thing.”": a closing mark keeps the punctuation inside it
  if (e < raw.length && CLOSE.has(raw[e]) && e > j) {
    let k = e;
    while (k + 1 < raw.length && CLOSE.has(raw[k + 1])) k++;
    return k + 1;
  }
  return e;
}

/** Index of a complementiser "that" a few adverbial words ahead ("said on Monday that"), or -1. */
function thatAhead(ctx: QuoteCtx, a: number, last: number, max: number): number {
  const { raw, lower } = ctx.doc.tk;
  if (lower[a] === "that") return a;
  if (!ADVERBIAL.has(lower[a]) && !WEEKDAYS.has(lower[a]) && max < 12) return -1;
  for (let j = a + 1; j < last && j < a + max; j++) {
    if (lower[j] === "that") return j;
    if (ctx.inQuote[j] >= 0 || raw[j] === ":" || raw[j] === ";" || CUES.has(lower[j])) return -1;
  }
  return -1;
}

/** Words that open an embedded question or plan ("asked if", "told to"): no hearer to skip. */
const QUESTION = new Set(["if", "whether", "why", "how", "what", "who", "when", "where", "which", "to"]);

/** Skips the hearer of "told reporters …": up to a pronoun subject, comma, colon or quote. */
function skipHearer(ctx: QuoteCtx, a: number, last: number): number {
  const { raw, lower } = ctx.doc.tk;
  if (QUESTION.has(lower[a])) return a;
  for (let j = a + 1; j < last && j < a + 6; j++) {
    if (raw[j] === "," || raw[j] === ":" || ctx.inQuote[j] >= 0) return j;
    if (SUBJECT_PRONOUNS.has(lower[j]) && lower[j] !== "it") return j;
  }
  return a + 1 < last && isWord(raw[a]) ? a + 1 : a;
}

/** Content before a source or cue: from the sentence start (or the quote's opening) to `end`. */
export function preContent(ctx: QuoteCtx, first: number, end: number): Range[] | null {
  const { raw } = ctx.doc.tk;
  let a = first;
  while (a < end && ctx.claimed[a]) a++;
  while (a < end && (raw[a] === "," || raw[a] === "—")) a++;
  const q = ctx.inQuote[a];
  if (q >= 0 && ctx.regions[q].open < a && !ctx.claimed[ctx.regions[q].open]) a = ctx.regions[q].open;
  let e = end;
  while (e > a && (raw[e - 1] === "," || raw[e - 1] === "—" || raw[e - 1] === "–")) e--;
  return hasWord(raw, a, e) && e - a >= 2 ? [[a, e]] : null;
}

function hasWord(raw: string[], a: number, e: number): boolean {
  for (let i = a; i < e; i++) if (isWord(raw[i])) return true;
  return false;
}
