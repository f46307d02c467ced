/** Chrome-named elements (by class, id or tag) and the blocks they hide. */
import type { Block } from "./blocks.ts";
import { STRONG_JUNK } from "./patterns.ts";
import type { El } from "./tree.ts";

/** Nearest ancestor whose class/id names it chrome. */
function junkAncestor(el: El): El | null {
  for (let e: El | null = el; e; e = e.parent) if (e.junk) return e;
  return null;
}

/**
 * Blocks inside chrome-named elements are set aside, unless the element holds
 * most of the page's prose (then the name is a layout wrapper, e.g. "with-sidebar").
 */
export function junkMask(blocks: Block[], values: number[]): boolean[] {
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
