/** Teaser cards: a linked headline with a short summary, repeated in lists of other stories. */
import type { Block } from "./blocks.ts";
import type { El } from "./tree.ts";

interface Stat {
  chars: number;
  blocks: number;
  /** Index of the first headline block inside, or -1. */
  headline: number;
}

const INLINE_PROMPT = /^(read|see|watch|related|more|also)\b/i;

export function isHeadline(b: Block): boolean {
  const n = b.chars;
  return n >= 15 && n <= 200 && b.linkLen / n > 0.6 && !INLINE_PROMPT.test(b.text);
}

/** Marks small elements that pair a linked headline with prose as "card" chrome. */
export function markCards(blocks: Block[], values: number[]): void {
  const stats = new Map<El, Stat>();
  blocks.forEach((b, i) => {
    const n = b.chars;
    const h = isHeadline(b);
    let depth = 0;
    for (let e: El | null = b.owner; e && depth < 6; e = e.parent, depth++) {
      const s = stats.get(e) ?? { chars: 0, blocks: 0, headline: -1 };
      s.chars += n;
      s.blocks++;
      if (h && s.headline < 0) s.headline = i;
      stats.set(e, s);
    }
  });
  blocks.forEach((b, i) => {
    if (values[i] <= 0 || b.chars > 400) return;
    let depth = 0;
    for (let e: El | null = b.owner; e && depth < 4; e = e.parent, depth++) {
      const s = stats.get(e)!;
      if (s.chars > 600 || s.blocks > 4) return;
      if (s.headline >= 0 && s.headline < i) {
        e.junk ??= "card";
        return;
      }
    }
  });
}

/** Three or more headline-plus-summary blocks under one parent, summaries cut short with "...", are teasers. */
export function markLeadLinkCards(blocks: Block[]): void {
  const byParent = new Map<El, Block[]>();
  for (const b of blocks) {
    if (!b.leadLink || !b.owner.parent || b.text.length > 600) continue;
    const list = byParent.get(b.owner.parent) ?? [];
    list.push(b);
    byParent.set(b.owner.parent, list);
  }
  for (const list of byParent.values()) {
    const cut = list.filter((b) => /(\.\.\.|…)\s*$/.test(b.text)).length;
    if (list.length >= 3 && cut >= list.length * 0.6) for (const b of list) b.owner.junk ??= "card";
  }
}
