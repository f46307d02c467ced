import type { Quote } from "../model/index.ts";
import { bareQuote } from "./quote-versions.ts";

const OPENERS = /[“„«]/g;
const CLOSERS = /[”»]/g;

/**
 * How a brief shows what someone said. Only a direct quote goes inside quotation marks: reported speech
 * shown in marks would pass a paraphrase off as the speaker's words. Reported speech loses a leading "that"
 * and gets its inner quotation marks balanced (a content span may stop before the closing mark of a quoted
 * phrase it ends on).
 */
export function displayQuote(text: string, kind: Quote["kind"]): string {
  if (kind === "direct") return `\u201c${bareQuote(text)}\u201d`;
  let t = text.trim().replace(/^that\s+/i, "");
  t = t.replace(/^[”»]\s*/, "").replace(/[\s,;:]+$/, "");
  const open = t.match(OPENERS)?.length ?? 0;
  const close = t.match(CLOSERS)?.length ?? 0;
  if (open > close) t = `${t.replace(/[.,]$/, "")}\u201d`;
  if (!/[.!?…]["”’»]?$/.test(t)) t = t.replace(/[,;:]$/, "");
  return t;
}

/** A statement line: "Speaker: “words”" for direct quotes, "Speaker (reported): gist" otherwise. */
export function quoteStatement(speaker: string, text: string, kind: Quote["kind"]): string {
  return kind === "direct"
    ? `${speaker}: ${displayQuote(text, kind)}`
    : `${speaker} (reported): ${displayQuote(text, kind)}`;
}
