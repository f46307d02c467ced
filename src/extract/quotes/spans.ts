import type { Span } from "../../model/index.ts";
import { charSpan, type Doc, parseDoc } from "../text/doc.ts";
import { type Attribution, findAttributions } from "./attribution.ts";
import { attachFloating } from "./floating.ts";

/** An attribution in character spans, as evaluated against PolNeAR. */
export interface AttributionSpans {
  source: Span | null;
  cue: Span;
  content: Span[];
  lemma: string;
}

export function toSpans(doc: Doc, a: Attribution): AttributionSpans {
  return {
    source: a.source ? charSpan(doc, a.source[0], a.source[1]) : null,
    cue: charSpan(doc, a.cue[0], a.cue[1]),
    content: a.content.map((r) => charSpan(doc, r[0], r[1])),
    lemma: a.lemma,
  };
}

/** Every attribution of `text` (speech, thought and evidence cues), floating quotes attached. */
export function attributionSpans(text: string): AttributionSpans[] {
  const doc = parseDoc(text);
  return attachFloating(doc, findAttributions(doc)).map((a) => toSpans(doc, a));
}
