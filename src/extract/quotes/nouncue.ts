import { isWord } from "../text/doc.ts";
import { MONTHS, WEEKDAYS } from "../text/lexicon.ts";
import type { Attribution, QuoteCtx } from "./attribution.ts";
import type { Range } from "./source.ts";
import { sentenceSubject, sourceBefore } from "./source.ts";

/** Nouns that report speech or thought ("his criticism of", "concerns that"). */
const SPEECH_NOUNS = new Set(
  "criticism support attacks attack concerns concern fears fear claim claims view views decision endorsement opposition comments remarks pledge calls call demand demands warning warnings assertion belief argument suggestion accusations accusation allegation allegations proposal praise insistence contention assessment questions complaints complaint promise promises vow hopes plea rhetoric criticisms".split(
    " ",
  ),
);
/** Nouns of plans and positions ("her plan to", "his push for"): attributions for PolNeAR, not quotes. */
const STANCE_NOUNS = new Set(
  "plan plans statement idea announcement push suggestions insistence answer reply admission acknowledgment recommendation prediction estimate estimates forecast findings objection objections skepticism doubts worries frustration outrage disapproval enthusiasm intention vision stance".split(
    " ",
  ),
);
export const NOUN_CUES = new Set([...SPEECH_NOUNS, ...STANCE_NOUNS]);
const MARKERS = new Set(["that", "of", "for", "on", "about", "to", "against", "over"]);
const POSSESSIVE = new Set(["his", "her", "their", "its", "our", "my", "your"]);
const STOP = new Set([",", ".", ";", ":", "—", "(", ")"]);

/** A noun cue with its complement as content and a possessive as source. */
export function nounCue(ctx: QuoteCtx, k: number, first: number, last: number): Attribution | null {
  const { raw, lower } = ctx.doc.tk;
  const m = k + 1;
  if (m >= last || !MARKERS.has(lower[m])) return null;
  const start = lower[m] === "that" || lower[m] === "to" ? m : m + 1;
  let e = start;
  const max = lower[m] === "that" ? last : Math.min(last, start + 20);
  while (e < max && (lower[m] === "that" || !STOP.has(raw[e])) && !ctx.claimed[e]) e++;
  while (e > start && STOP.has(raw[e - 1])) e--;
  if (e - start < 1 || !isWord(raw[start]) || WEEKDAYS.has(lower[start]) || MONTHS.has(lower[start]))
    return null;
  return {
    source: possessor(ctx, k, first) ?? subjectOf(ctx, k, first),
    cue: [k, start === m ? m : m + 1],
    content: [[start, e]],
    lemma: lower[k],
    cls: STANCE_NOUNS.has(lower[k]) ? "stance" : "speech",
    own: 0,
  };
}

/** "Trump is raising questions about …": the sentence subject holds the noun's stance. */
function subjectOf(ctx: QuoteCtx, k: number, first: number): Range | null {
  if (k - first < 2) return null;
  const s = sentenceSubject(ctx.doc, first, k);
  if (!s || ctx.claimed[s[0]] === 1) return null;
  const p = ctx.doc.tk.lower[k - 1];
  // the noun right after the subject ("Clinton plans to") or after its verb ("is raising questions")
  if (s[1] === k || (k - s[1] <= 3 && /(ing|ed)$/.test(p))) return s;
  // "He avoided direct criticism of", "X is chiming in with criticism of": the noun in the subject's predicate
  if (k - s[1] > 6) return null;
  const { raw, lower } = ctx.doc.tk;
  for (let i = s[1]; i < k; i++) if (!isWord(raw[i]) || CLAUSE.has(lower[i])) return null;
  return s;
}

/** Words that open another clause between a subject and a noun cue. */
const CLAUSE = new Set([
  "that",
  "which",
  "who",
  "whom",
  "whose",
  "when",
  "while",
  "because",
  "and",
  "but",
  "or",
  "if",
]);

function possessor(ctx: QuoteCtx, k: number, first: number): Range | null {
  const { raw, lower } = ctx.doc.tk;
  for (let p = k - 1; p >= first && p >= k - 2; p--) {
    if (ctx.claimed[p]) return null;
    if (POSSESSIVE.has(lower[p])) return [p, p + 1];
    if (/[’']s$/.test(raw[p])) return sourceBefore(ctx.doc, first, p);
  }
  return null;
}
