/** Splits the element tree into text blocks (paragraph-like runs of inline content). */
import type { El } from "./tree.ts";

export interface Block {
  text: string;
  linkLen: number;
  /** Characters of text, white space left out. */
  chars: number;
  owner: El;
  /** Tag of the nearest block-level ancestor, e.g. "p", "li", "h2". */
  tag: string;
  /** Starts with a linked run of 15+ characters (a headline) followed by unlinked text. */
  leadLink: boolean;
}

const BLOCK_TAGS = new Set(
  (
    "p div section article main header footer aside nav h1 h2 h3 h4 h5 h6 ul ol li dl dt dd blockquote " +
    "pre table tr tbody thead tfoot caption figure figcaption form fieldset address hr center " +
    "details summary body html"
  ).split(" "),
);

export function isBlockTag(tag: string): boolean {
  return BLOCK_TAGS.has(tag);
}

class Collector {
  readonly blocks: Block[] = [];
  private parts: string[] = [];
  private linkLen = 0;
  private chars = 0;
  /** Length of the linked run the block starts with, while it lasts; -1 once closed. */
  private lead = 0;
  private leadDone = false;

  text(s: string, inLink: boolean): void {
    this.parts.push(s);
    const n = s.replace(/\s+/g, "").length;
    this.chars += n;
    if (inLink) this.linkLen += n;
    if (!this.leadDone && n > 0) {
      if (inLink) this.lead += n;
      else this.leadDone = true;
    }
  }
  flush(owner: El): void {
    if (this.parts.length === 0) return;
    const text = this.parts
      .join("")
      .replace(/[ \t\r\f\u00a0\u200b]+/g, " ")
      .replace(/ *\n */g, "\n")
      .replace(/\n{2,}/g, "\n")
      .trim();
    const bare = text.replace(/\s+/g, "").length;
    const linkLen = Math.min(this.linkLen, bare);
    const leadLink = this.lead >= 15 && linkLen < bare * 0.8;
    if (bare > 0) this.blocks.push({ text, linkLen, chars: bare, owner, tag: owner.tag, leadLink });
    this.parts = [];
    this.linkLen = 0;
    this.chars = 0;
    this.lead = 0;
    this.leadDone = false;
  }
}

function walk(el: El, owner: El, c: Collector, inLink: boolean): void {
  const block = isBlockTag(el.tag);
  if (block) c.flush(owner);
  const own = block ? el : owner;
  const link = inLink || el.tag === "a";
  for (const k of el.kids) {
    if (typeof k === "string") c.text(k, link);
    else if (k.tag === "br") c.text("\n", false);
    else {
      if (k.tag === "td" || k.tag === "th") c.text(" ", false);
      walk(k, own, c, link);
    }
  }
  if (block) c.flush(own);
}

export function collectBlocks(root: El): Block[] {
  const c = new Collector();
  walk(root, root, c, false);
  return c.blocks;
}
