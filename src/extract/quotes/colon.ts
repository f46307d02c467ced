import { isCapitalised } from "../text/doc.ts";
import type { Attribution, QuoteCtx } from "./attribution.ts";
import { nextParagraphQuote } from "./content.ts";
import { type Range, sentenceSubject, sourceBefore } from "./source.ts";

const SPEAKER_PRONOUNS = new Set(["he", "she", "they", "i", "we"]);

function allCapitalised(raw: string[], a: number, b: number): boolean {
  for (let i = a; i < b; i++)
    if (!isCapitalised(raw[i]) && !/^(of|the|and|’s|'s)$/.test(raw[i])) return false;
  return true;
}

/** Section labels that head a line without speaking it ("The Latest:", "Editor’s Note:"). */
const RUBRIC = new Set(
  "latest update updates daily note answer question watch live analysis review exclusive breaking photos video transcript correction contributing twitter email byline boom look revealed remember plus notice editor".split(
    " ",
  ),
);

/** Heads of place, structure and event names ("Korvel Dam", "Main Street", "Gaza War"): never speakers. */
export const THING_HEADS = new Set(
  "dam bridge river lake sea bay gulf island islands mountain mountains valley park square street avenue road highway airport station port harbour harbor canal coast beach county province district region city town village border pass tunnel mine plant reactor tower stadium arena hospital school university mall market quake earthquake flood floods fire wildfire storm hurricane typhoon cyclone crash explosion blast attack attacks war election elections summit trial shooting bombing massacre disaster outbreak crisis update updates latest live".split(
    " ",
  ),
);

/** A headline prefix that can speak: a name or body, not a place, structure or event. */
function speakerLike(lower: string[], k: number): boolean {
  return !THING_HEADS.has(lower[k - 1]);
}

/**
 * Colon attributions: a headline "Jane Doe: Content" or "Doe told the crowd: “…”". The colon is the cue.
 */
export function colon(ctx: QuoteCtx, k: number, first: number, last: number): Attribution | null {
  const { raw } = ctx.doc.tk;
  if (k === first) return null;
  if (k + 1 >= last) {
    const next = nextParagraphQuote(ctx, last);
    if (!next) return null;
    const clause = clauseColon(ctx, k, first, next);
    if (clause) return clause;
    const src = sourceBefore(ctx.doc, first, k - 1);
    // "…," by Times' Jane Doe: “…”: an excerpt credited to its writer, not an attribution
    if (!src || /^(by|at|from)$/.test(ctx.doc.tk.lower[src[0] - 1] ?? "")) return null;
    return { source: src, cue: [k, k + 1], content: next, lemma: ":", cls: "speech", own: 0 };
  }
  const q = ctx.inQuote[k + 1];
  if (q >= 0 && ctx.regions[q].open === k + 1) {
    const src = sourceBefore(ctx.doc, first, k - 1);
    const quote: Range[] = [[k + 1, ctx.regions[q].last + 1]];
    if (
      !src ||
      ctx.claimed[src[0]] ||
      !speakerLike(ctx.doc.tk.lower, k) ||
      !(
        allCapitalised(raw, src[0], src[1]) ||
        SPEAKER_PRONOUNS.has(ctx.doc.tk.lower[src[0]]) ||
        (isCapitalised(raw[src[1] - 1]) && /^[A-Za-z]/.test(raw[src[1] - 1]))
      )
    )
      return clauseColon(ctx, k, first, quote);
    return { source: src, cue: [k, k + 1], content: quote, lemma: ":", cls: "speech", own: 0 };
  }
  if (k - first > 5) return null;
  for (let i = first; i < k; i++) if (!isCapitalised(raw[i]) && raw[i] !== "–" && raw[i] !== "—") return null;
  let e = last;
  while (e > k + 1 && /^[.,;:!?]$/.test(raw[e - 1])) e--;
  let s = first;
  while (s < k && (raw[s] === "–" || raw[s] === "—" || raw[s] === raw[s].toUpperCase())) s++;
  if (s >= k || e - k < 3 || RUBRIC.has(ctx.doc.tk.lower[k - 1]) || !speakerLike(ctx.doc.tk.lower, k))
    return null;
  if (!statementLike(raw, k + 1, e)) return null;
  return { source: [s, k], cue: [k, k + 1], content: [[k + 1, e]], lemma: ":", cls: "speech", own: 0 };
}

/** Transcript labels: one to three upper-case words ("TAPPER", "JAKE TAPPER", "Q") opening a paragraph. */
function isLabel(raw: string[], first: number, k: number): boolean {
  if (k - first < 1 || k - first > 3) return false;
  for (let i = first; i < k; i++) if (!/^[A-Z][A-Z.’'-]*$/.test(raw[i])) return false;
  return true;
}

/** "TAPPER: Do you think …": a speaker label; the rest of its paragraph is what was said. */
export function speakerLabel(ctx: QuoteCtx, k: number, first: number): Attribution | null {
  const { doc } = ctx;
  const si = doc.sentOf[first];
  if (doc.sents[si].first !== first || (si > 0 && doc.sents[si - 1].para === doc.sents[si].para)) return null;
  if (!isLabel(doc.tk.raw, first, k) || ctx.inQuote[k + 1] >= 0) return null;
  // an interview's "Q:" and "A:": the answer's own attributions ("I think …") are the ones marked
  if (k === first + 1 && /^[QA]$/.test(doc.tk.raw[first])) return null;
  let j = si;
  while (j + 1 < doc.sents.length && doc.sents[j + 1].para === doc.sents[si].para) j++;
  let e = doc.sents[j].last;
  while (e > k + 1 && /^[.,;:!?]$/.test(doc.tk.raw[e - 1])) e--;
  if (e - k < 3) return null;
  return { source: [first, k], cue: [k, k + 1], content: [[k + 1, e]], lemma: ":", cls: "speech", own: 0 };
}

/** "Rubio fired back forcefully: …", "the message was: …": the clause before the colon is source and cue. */
function clauseColon(ctx: QuoteCtx, k: number, first: number, content: Range[] | null): Attribution | null {
  const { raw, lower } = ctx.doc.tk;
  if (!content) return null;
  const subj = sentenceSubject(ctx.doc, first, k);
  if (!subj || subj[1] >= k || k - subj[1] > 10) return null;
  for (let i = subj[0]; i < k; i++) if (ctx.claimed[i] === 1) return null;
  const v = lower[subj[1]];
  if (!/^[a-z]/.test(raw[subj[1]]) || NOT_VERB.has(v)) return null;
  return { source: subj, cue: [subj[1], k + 1], content, lemma: ":", cls: "speech", own: 0 };
}

const NOT_VERB = new Set("of in on at for with from by to and or but the a an as".split(" "));

/** Headline content that says something: two lower-case words, not a figure ("1,769") or a list of names. */
function statementLike(raw: string[], a: number, e: number): boolean {
  let lowerWords = 0;
  for (let i = a; i < e; i++) if (/^[a-z]/.test(raw[i])) lowerWords++;
  let caps = 0;
  let commas = 0;
  for (let i = a; i < e; i++) {
    if (/^[A-Z]/.test(raw[i])) caps++;
    if (raw[i] === ",") commas++;
  }
  return lowerWords >= 2 || (caps >= 3 && commas < 2);
}
