import type { Entity, Quote, Span } from "../../model/index.ts";
import { charSpan, type Doc, getDoc } from "../text/doc.ts";
import { type Attribution, findAttributions } from "./attribution.ts";
import { attachFloating } from "./floating.ts";
import { isStatement } from "./keep.ts";
import { quoteKind } from "./kind.ts";
import { sourceSpan } from "./spans.ts";
import { resolveSpeaker, type SpeakerState } from "./speaker.ts";

/** Direct, indirect and mixed quotes of `text` with speakers resolved against `entities`. */
export function extractQuotes(text: string, articleId: string, entities: Entity[]): Quote[] {
  const doc = getDoc(text);
  const atts = attachFloating(doc, findAttributions(doc)).sort((x, y) => x.cue[0] - y.cue[0]);
  const st: SpeakerState = { entities, last: null, gender: new Map() };
  const out: Quote[] = [];
  let prevSent = -1;
  for (const a of atts) {
    const srcSpan = headSpan(text, sourceSpan(doc, a.source));
    const sent = doc.sentOf[a.cue[0]];
    const speaker = resolveSpeaker(st, text, srcSpan, sent === prevSent);
    prevSent = sent;
    const headline = inHeadline(doc, a);
    const cueSpan = charSpan(doc, a.cue[0], a.cue[1]);
    const cue = text.slice(cueSpan[0], cueSpan[1]);
    a.content.forEach((r, i) => {
      const span = charSpan(doc, r[0], r[1]);
      const floating = i >= a.own;
      const kind = quoteKind(text, span);
      const body = text.slice(span[0], span[1]);
      const c = { cls: a.cls, lemma: a.lemma, cue, speaker, kind, content: body, text, headline };
      if (!isStatement(c, entities)) return;
      out.push({
        id: `${articleId}:q${out.length + 1}`,
        articleId,
        kind,
        text: body,
        span,
        speaker,
        cue: floating ? null : { text: cue, span: cueSpan },
        group: null,
        altered: false,
      });
    });
  }
  return out.sort((x, y) => x.span[0] - y.span[0]).map((q, i) => ({ ...q, id: `${articleId}:q${i + 1}` }));
}

/** A title-case line, or a capitalised cue inside a line ("… Was in a Hospital for Mental Issues"). */
export function inHeadline(doc: Doc, a: Attribution): boolean {
  const { raw } = doc.tk;
  const s = doc.sents[doc.sentOf[a.cue[0]]];
  // names make a line look title-case: only the words outside the source count
  const [sa, sb] = a.source ?? [s.first, s.first];
  if (titleCaseOutside(raw, s.first, s.last, sa, sb)) return true;
  if (a.cue[0] > s.first && /^[A-Z][a-z]/.test(raw[a.cue[0]]) && a.lemma !== "according to") return true;
  return a.content.some(
    (r) => r[1] - r[0] >= 4 && !/^[“"‘']/.test(raw[r[0]]) && titleCaseOutside(raw, r[0], r[1], 0, 0),
  );
}

/** isTitleCase over [first, last) without the tokens [sa, sb). */
function titleCaseOutside(raw: string[], first: number, last: number, sa: number, sb: number): boolean {
  let words = 0;
  let caps = 0;
  for (let i = first; i < last; i++) {
    if (i >= sa && i < sb) continue;
    const c = raw[i].charCodeAt(0);
    const upper = c >= 65 && c <= 90;
    if (!upper && !(c >= 97 && c <= 122)) continue;
    words++;
    if (upper) caps++;
  }
  return words >= 3 && caps >= words * 0.75;
}

/** The source without its relative or participle clause ("Doe, who worked for Smith,", "A report, seen by X,"). */
function headSpan(text: string, s: Span | null): Span | null {
  if (!s) return s;
  const m = /,\s+(?:who|which|whose|whom|\w+(?:ed|en|wn)\s+by)\b/.exec(text.slice(s[0], s[1]));
  return m ? [s[0], s[0] + m.index] : s;
}
