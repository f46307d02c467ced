import type { Span } from "../../model/index.ts";
import { charSpan, type Doc, parseDoc } from "../text/doc.ts";
import { type Attribution, findAttributions } from "./attribution.ts";
import { attachFloating } from "./floating.ts";
import { dropNested } from "./nested.ts";

/** An attribution in character spans, as evaluated against PolNeAR. */
export interface AttributionSpans {
  source: Span | null;
  cue: Span;
  content: Span[];
  lemma: string;
}

/** Character span of a source, without a closing possessive ("Trump’s criticism" names "Trump"). */
export function sourceSpan(doc: Doc, r: [number, number] | null): Span | null {
  if (!r) return null;
  const s = charSpan(doc, r[0], r[1]);
  return /\S[’']s$/.test(doc.tk.raw[r[1] - 1]) ? [s[0], s[1] - 2] : s;
}

export function toSpans(doc: Doc, a: Attribution): AttributionSpans {
  return {
    source: sourceSpan(doc, a.source),
    cue: charSpan(doc, a.cue[0], a.cue[1]),
    content: (a.rel ? [a.rel, ...a.content] : a.content).map((r) => charSpan(doc, r[0], r[1])),
    lemma: a.lemma,
  };
}

/** Every attribution of `text` (speech, thought and evidence cues), floating quotes attached. */
export function attributionSpans(text: string): AttributionSpans[] {
  const doc = parseDoc(text);
  return dropNested(attachFloating(doc, findAttributions(doc))).map((a) => toSpans(doc, a));
}
