/** Which blocks of the chosen container are article text: per-block tests and cuts at its edges. */
import type { Block } from "./blocks.ts";
import { isDateLine, isEmbedAttribution, isEndMarker, isPureDateLine } from "./filters.ts";
import { isSentenceLike } from "./score.ts";

export function keepBlock(b: Block, v: number, isTitle: (t: string) => boolean): boolean {
  if (b.tag === "h1" || isTitle(b.text) || isPureDateLine(b.text)) return false;
  if (isEmbedAttribution(b.text)) return true;
  if (isCaption(b)) return false;
  return v > -5 || (b.text.length < 80 && !b.linkLen && v === -5);
}

/** Drops everything from an end marker on, once most of the article text is behind us. */
export function cutAtEndMarker(blocks: Block[], keep: boolean[]): void {
  const total = blocks.reduce((n, b, i) => n + (keep[i] ? b.text.length : 0), 0);
  let seen = 0;
  for (let i = 0; i < blocks.length; i++) {
    if ((seen >= total * 0.8 || seen < total * 0.1) && isContactNote(blocks[i].text)) keep[i] = false;
    if (seen >= total * 0.6 && isEndMarker(blocks[i].text)) {
      for (let j = i; j < blocks.length; j++) keep[j] = false;
      return;
    }
    if (keep[i]) seen += blocks[i].text.length;
  }
}

const BYLINE = /^(by|von|par|por|di|door)\s+\p{Lu}/u;

/** Drops the title and standfirst above a byline or date line at the top of the article. */
export function cutAtStartMarker(blocks: Block[], keep: boolean[]): void {
  const total = blocks.reduce((n, b, i) => n + (keep[i] ? b.text.length : 0), 0);
  let seen = 0;
  for (let i = 0; i < blocks.length && seen < 400 && seen < total * 0.3; i++) {
    const t = blocks[i].text;
    if (
      seen > 0 &&
      blocks[i].tag !== "tr" &&
      (isDateLine(t) || (BYLINE.test(t) && t.split(/\s+/).length <= 8))
    ) {
      for (let j = 0; j <= i; j++) keep[j] = false;
      return;
    }
    if (keep[i]) seen += t.length;
  }
}

/** A closing note that points readers to an e-mail address or a social account. */
function isContactNote(text: string): boolean {
  return (
    text.length <= 300 &&
    /[\w.-]+@[\w-]+\.\w+|\b(follow|email|e-mail|write to|contact)\b.{0,60}@\w+/i.test(text)
  );
}

/** Short text next to an image, outside a paragraph: a caption or a credit. */
function isCaption(b: Block): boolean {
  if (b.text.length > 250) return false;
  const o = b.owner;
  if (o.img && o.tag !== "p") return true;
  const p = o.parent;
  return !!p?.img && p.kids.filter((k) => typeof k !== "string").length <= 3;
}

/** Trims chrome-like blocks (no sentence, short, dates) from both ends of the article. */
export function trimEdges(blocks: Block[], values: number[], keep: boolean[]): void {
  const weak = (i: number) =>
    (values[i] <= 0 && !isSentenceLike(blocks[i].text)) || isDateLine(blocks[i].text);
  for (let i = 0; i < blocks.length && (!keep[i] || weak(i)); i++) keep[i] = false;
  for (let i = blocks.length - 1; i >= 0 && (!keep[i] || weak(i)); i--) keep[i] = false;
}
