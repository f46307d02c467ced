import type { Span } from "../../model/index.ts";

const MARK = /[“”"„«»]|''/;

/** direct: the span is one quotation; mixed: it holds quoted words; indirect: none. */
export function quoteKind(text: string, span: Span): "direct" | "indirect" | "mixed" {
  const s = text.slice(span[0], span[1]).trim();
  if (!MARK.test(s)) return "indirect";
  const inner = s.replace(/^(?:[“"„«]|'')/, "").replace(/[.,!?;:]*(?:[”"»]|'')?[.,!?;:]*$/, "");
  const opens = /^(?:[“"„«]|'')/.test(s);
  return opens && !MARK.test(inner) ? "direct" : "mixed";
}
