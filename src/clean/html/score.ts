/** Chooses the article container: the subtree whose blocks add up to the highest value. */
import type { Block } from "./blocks.ts";
import { isBoilerplateText } from "./patterns.ts";
import type { El } from "./tree.ts";

/** A paragraph that is just a web address (given as a reference in blogs and press releases). */
const BARE_URL = /^(\S.{0,40}[:–—-]\s*)?(https?:\/\/|www\.)\S+$/;
const SENTENCE_END = /[.!?…:;"”'’)\]]$/;

export function isSentenceLike(text: string): boolean {
  return SENTENCE_END.test(text) || /[.!?]["”’]?\s+\S/.test(text);
}

/** Value of one block as evidence of article text: positive for prose, negative for chrome. */
export function blockValue(b: Block): number {
  const len = b.chars;
  if (len === 0) return 0;
  const ld = b.linkLen / len;
  if (isBoilerplateText(b.text)) return -len - 5;
  if (BARE_URL.test(b.text)) return 1;
  if (ld > 0.5) return -len * 0.5 - 5;
  const good = len - b.linkLen;
  if (b.tag === "tr") return good * 0.5 - 2;
  if (good < 40 && !isSentenceLike(b.text)) return -5;
  const bonus = b.tag === "p" ? 1.2 : 1;
  return good * (1 - ld) * bonus - 10;
}

/** Class or id words that name the article body. */
const BODY_HINT =
  /article[-_]?(body|content|text)|story[-_]?(body|content|text)|entry[-_]content|post[-_](content|body)|body[-_]?(copy|text)|rich[-_]?text/;

/** Sums block values up the tree and returns the best-scoring element. */
export function bestContainer(blocks: Block[], values: number[]): El | null {
  const sums = new Map<El, number>();
  for (let i = 0; i < blocks.length; i++) {
    for (let el: El | null = blocks[i].owner; el; el = el.parent) {
      sums.set(el, (sums.get(el) ?? 0) + values[i]);
    }
  }
  let best: El | null = null;
  let bestScore = 0;
  for (const [el, raw] of sums) {
    const s = raw > 0 && BODY_HINT.test(el.hint) ? raw * 1.1 + 30 : raw;
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  return best;
}

export function isInside(el: El, container: El): boolean {
  for (let e: El | null = el; e; e = e.parent) if (e === container) return true;
  return false;
}
