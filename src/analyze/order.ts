import type { Article } from "../model/index.ts";

/** Publication order for streaming stages: dated articles by date, undated ones after, in input order. */
export function byPublication(articles: Article[]): Article[] {
  return articles
    .map((a, i) => ({ a, i, t: a.publishedAt ? Date.parse(a.publishedAt) : Number.POSITIVE_INFINITY }))
    .sort((x, y) => x.t - y.t || x.i - y.i)
    .map((x) => x.a);
}
