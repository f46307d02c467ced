import type { Article, Relation } from "../model/index.ts";
import { UnionFind } from "./union-find.ts";

/**
 * Independent origins: articles linked by any reuse relation (duplicate, version, rewrite, spin,
 * shared source) fall in one origin and count once as corroboration.
 */
export class Origins {
  private readonly uf = new UnionFind();
  private readonly labels = new Map<string, string>();

  constructor(articles: Article[], relations: Relation[]) {
    const ids = new Set(articles.map((a) => a.id));
    for (const a of articles) this.uf.find(a.id);
    for (const r of relations) if (ids.has(r.a) && ids.has(r.b)) this.uf.union(r.a, r.b);
    const ordered = [...articles].sort(byDate);
    for (const a of ordered) {
      const root = this.uf.find(a.id);
      if (!this.labels.has(root)) this.labels.set(root, letter(this.labels.size));
    }
  }

  /** The origin key of an article (articles outside the input are their own origin). */
  of(articleId: string): string {
    return this.uf.find(articleId);
  }

  /** "A", "B", ...: origins lettered in order of their first publication. */
  label(articleId: string): string {
    return this.labels.get(this.of(articleId)) ?? "?";
  }

  count(articleIds: Iterable<string>): number {
    const seen = new Set<string>();
    for (const id of articleIds) seen.add(this.of(id));
    return seen.size;
  }

  get size(): number {
    return this.labels.size;
  }
}

export function byDate(a: Article, b: Article): number {
  const x = a.publishedAt ?? "\uffff";
  const y = b.publishedAt ?? "\uffff";
  // Equal or unknown dates keep the input order (sort is stable).
  return x < y ? -1 : x > y ? 1 : 0;
}

function letter(n: number): string {
  let s = "";
  let k = n;
  do {
    s = String.fromCharCode(65 + (k % 26)) + s;
    k = Math.floor(k / 26) - 1;
  } while (k >= 0);
  return s;
}
