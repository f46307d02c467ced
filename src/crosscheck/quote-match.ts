import type { Quote, Relation, Span } from "../model/index.ts";
import { lcsLength } from "./words.ts";

/** Similarity of two word lists: Dice over the longest common subsequence, and containment. */
export function similarity(a: string[], b: string[]): { dice: number; contain: number } {
  const l = lcsLength(a, b);
  const min = Math.min(a.length, b.length);
  return { dice: (2 * l) / (a.length + b.length || 1), contain: min ? l / min : 0 };
}

/**
 * Same words by one speaker? Looser when both articles are reuse-linked: a spun or rewritten
 * copy of the same quote keeps only some of its words.
 */
export function sameQuote(a: string[], b: string[], linked: boolean): boolean {
  if (a.length === 0 || b.length === 0) return false;
  // Cheap bound first: the LCS cannot exceed the shared words (counted with repeats).
  const count = new Map<string, number>();
  for (const w of a) count.set(w, (count.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const n = count.get(w) ?? 0;
    if (n > 0) {
      shared++;
      count.set(w, n - 1);
    }
  }
  const needed = linked ? 0.4 : 0.55;
  if ((2 * shared) / (a.length + b.length) < needed && shared / Math.min(a.length, b.length) < 0.8)
    return false;
  const s = similarity(a, b);
  if (s.dice >= needed) return true;
  return Math.min(a.length, b.length) >= 4 && s.contain >= 0.8;
}

function overlap(x: Span, y: Span): number {
  return Math.max(0, Math.min(x[1], y[1]) - Math.max(x[0], y[0]));
}

/**
 * Pairs of quotes that an aligned passage of a reuse relation puts at the same place in both
 * articles: the spun copy of a quote, even when the spinner garbled the speaker's name.
 */
export function alignedPairs(relations: Relation[], byArticle: Map<string, Quote[]>): [Quote, Quote][] {
  const out: [Quote, Quote][] = [];
  for (const r of relations) {
    const qa = byArticle.get(r.a);
    const qb = byArticle.get(r.b);
    if (!qa || !qb) continue;
    for (const p of r.passages) {
      const la = p.a[1] - p.a[0];
      if (la <= 0) continue;
      const ratio = (p.b[1] - p.b[0]) / la;
      for (const q of qa) {
        const len = q.span[1] - q.span[0];
        if (len <= 0 || overlap(q.span, p.a) < 0.8 * len) continue;
        const mapped: Span = [
          Math.round(p.b[0] + (q.span[0] - p.a[0]) * ratio),
          Math.round(p.b[0] + (q.span[1] - p.a[0]) * ratio),
        ];
        for (const o of qb) {
          const min = Math.min(len, o.span[1] - o.span[0], mapped[1] - mapped[0]);
          if (min > 0 && overlap(mapped, o.span) >= 0.5 * min) out.push([q, o]);
        }
      }
    }
  }
  return out;
}
