/** Main-text extraction from HTML: tree, blocks, best container, block filtering. */
import { type Block, collectBlocks } from "./blocks.ts";
import { isHeadline, markCards, markLeadLinkCards } from "./cards.ts";
import { isDateLine, isEmbedAttribution, isEndMarker, isPureDateLine, titleMatcher } from "./filters.ts";
import { STRONG_JUNK } from "./patterns.ts";
import { bestContainer, blockValue, isInside, isSentenceLike } from "./score.ts";
import { buildTree, type DomNode, type El } from "./tree.ts";

export interface Extraction {
  paragraphs: string[];
  removed: string[];
  /** All text of the page (after script, style and hidden elements are dropped), one block a line. */
  pageText: string;
  /** Linked headlines on the page (many of them and little prose: an index page). */
  headlineLinks: number;
}

/** How strongly a block inside chrome counts against the containers holding it. */
const JUNK_WEIGHT = 1;

function keepBlock(b: Block, v: number, isTitle: (t: string) => boolean): boolean {
  if (b.tag === "h1" || isTitle(b.text) || isPureDateLine(b.text)) return false;
  if (isEmbedAttribution(b.text)) return true;
  if (isCaption(b)) return false;
  return v > -5 || (b.text.length < 80 && !b.linkLen && v === -5);
}

/** Drops everything from an end marker on, once most of the article text is behind us. */
function cutAtEndMarker(blocks: Block[], keep: boolean[]): void {
  const total = blocks.reduce((n, b, i) => n + (keep[i] ? b.text.length : 0), 0);
  let seen = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (seen >= total * 0.8 && isContactNote(blocks[i].text)) keep[i] = false;
    if (seen >= total * 0.6 && isEndMarker(blocks[i].text)) {
      for (let j = i; j < blocks.length; j++) keep[j] = false;
      return;
    }
    if (keep[i]) seen += blocks[i].text.length;
  }
}

const BYLINE = /^(by|von|par|por|di|door)\s+\p{Lu}/u;

/** Drops the title and standfirst above a byline or date line at the top of the article. */
function cutAtStartMarker(blocks: Block[], keep: boolean[]): void {
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
function trimEdges(blocks: Block[], values: number[], keep: boolean[]): void {
  const weak = (i: number) =>
    (values[i] <= 0 && !isSentenceLike(blocks[i].text)) || isDateLine(blocks[i].text);
  for (let i = 0; i < blocks.length && (!keep[i] || weak(i)); i++) keep[i] = false;
  for (let i = blocks.length - 1; i >= 0 && (!keep[i] || weak(i)); i--) keep[i] = false;
}

/** Nearest ancestor whose class/id names it chrome. */
function junkAncestor(el: El): El | null {
  for (let e: El | null = el; e; e = e.parent) if (e.junk) return e;
  return null;
}

/**
 * Blocks inside chrome-named elements are set aside, unless the element holds
 * most of the page's prose (then the name is a layout wrapper, e.g. "with-sidebar").
 */
function junkMask(blocks: Block[], values: number[]): boolean[] {
  const anc = blocks.map((b) => junkAncestor(b.owner));
  const total = values.reduce((n, v) => n + Math.max(0, v), 0);
  const held = new Map<El, number>();
  anc.forEach((a, i) => {
    for (let e = a; e; e = e.parent ? junkAncestor(e.parent) : null)
      held.set(e, (held.get(e) ?? 0) + Math.max(0, values[i]));
  });
  const isJunk = (e: El) => STRONG_JUNK.has(e.junk!) || (held.get(e) ?? 0) < total * 0.5;
  return anc.map((a) => {
    for (let e = a; e; e = e.parent ? junkAncestor(e.parent) : null) if (isJunk(e)) return true;
    return false;
  });
}

export function extractMain(root: DomNode, titles: (string | null)[] = []): Extraction {
  const tree = buildTree(root);
  if (!tree) return { paragraphs: [], removed: [], pageText: "", headlineLinks: 0 };
  const found = collectBlocks(tree);
  const values = found.map(blockValue);
  markCards(found, values);
  markLeadLinkCards(found);
  const mask = junkMask(found, values);
  const container = bestContainer(
    found,
    values.map((v, i) => (mask[i] ? -Math.abs(v) * JUNK_WEIGHT : v)),
  );
  const pageText = found.map((b) => b.text).join("\n");
  const headlineLinks = found.filter(isHeadline).length;
  if (!container) return { paragraphs: [], removed: [], pageText, headlineLinks };
  const idx: number[] = [];
  for (let i = 0; i < found.length; i++) if (isInside(found[i].owner, container)) idx.push(i);
  const blocks = idx.map((i) => found[i]);
  const vals = idx.map((i) => values[i]);
  const isTitle = titleMatcher(titles);
  const keep = blocks.map((b, k) => !mask[idx[k]] && keepBlock(b, vals[k], isTitle));
  cutAtEndMarker(blocks, keep);
  cutAtStartMarker(blocks, keep);
  trimEdges(blocks, vals, keep);
  const paragraphs = blocks.filter((_, i) => keep[i]).map((b) => b.text);
  const removed = blocks.filter((_, i) => !keep[i]).map((b) => b.text);
  return { paragraphs, removed, pageText, headlineLinks };
}
