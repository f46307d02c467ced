/** Main-text extraction from HTML: tree, blocks, best container, block filtering. */
import { collectBlocks } from "./blocks.ts";
import { isHeadline, markCards, markLeadLinkCards } from "./cards.ts";
import { titleMatcher } from "./filters.ts";
import { junkMask } from "./junk.ts";
import { cutAtEndMarker, cutAtStartMarker, keepBlock, trimEdges } from "./keep.ts";
import { bestContainer, blockValue, isInside } from "./score.ts";
import type { El } from "./tree.ts";

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

export function extractMain(tree: El | null, titles: (string | null)[] = []): Extraction {
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
