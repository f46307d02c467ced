import type { Brief } from "../crosscheck/index.ts";
import type { Relation, Story } from "../model/index.ts";

/** What the stories list shows for one story; counts come from its brief. */
export interface StorySummary {
  id: string;
  title: string;
  articleCount: number;
  originCount: number;
  outlets: string[];
  start: string | null;
  end: string | null;
  conflicts: number;
  disputed: number;
  altered: number;
}

export function summarize(story: Story, brief: Brief): StorySummary {
  return {
    id: story.id,
    title: story.title,
    articleCount: story.articleIds.length,
    originCount: brief.originCount,
    outlets: story.outlets,
    start: story.start,
    end: story.end,
    conflicts: brief.figures.filter((f) => f.flags.includes("conflict")).length,
    disputed: brief.disputed.length,
    altered: brief.whoSaid.flatMap((s) => s.groups).filter((g) => g.altered).length,
  };
}

/**
 * For each article, the one to compare it with: what it was derived from, else its closest derived copy,
 * else its strongest related article.
 */
export function comparePartners(relations: Relation[]): Map<string, string> {
  const out = new Map<string, string>();
  const rank = (r: Relation, id: string) => (r.derived === id ? 2 : r.derived ? 1 : 0) + r.score / 10;
  const best = new Map<string, number>();
  for (const r of relations) {
    for (const [id, other] of [
      [r.a, r.b],
      [r.b, r.a],
    ]) {
      const v = rank(r, id);
      if (v > (best.get(id) ?? -1)) {
        best.set(id, v);
        out.set(id, other);
      }
    }
  }
  return out;
}
