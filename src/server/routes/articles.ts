import type { Hono } from "hono";
import type { Article } from "../../model/index.ts";
import { reportArticle } from "../../report/json.ts";
import { idParam, intParam, notFound, textParam } from "../http.ts";
import type { StoreView } from "../state.ts";

/** `GET /api/articles/:id` (text, metadata, quotes, claims, relations) and `GET /api/search`. */
export function articleRoutes(app: Hono, view: StoreView): void {
  app.get("/api/articles/:id", async (c) => {
    const id = idParam(c.req.param("id"));
    const [article] = await view.store.articles({ ids: [id] });
    if (!article) throw notFound(`article ${id}`);
    const v = await view.current();
    const storyId = v.storyOf.get(id) ?? null;
    const page = storyId ? await view.page(v, storyId).catch(() => null) : null;
    let quotes = page?.report.quotes.filter((q) => q.articleId === id);
    let claims = page?.report.claims.filter((q) => q.articleId === id);
    if (!quotes || !claims) {
      const x = (await view.store.extractions([id])).get(id);
      quotes = x?.quotes ?? [];
      claims = x?.claims ?? [];
    }
    const rels = await view.store.relations([id]);
    const others = await view.store.articles({ ids: rels.map((r) => (r.a === id ? r.b : r.a)) });
    const byId = new Map(others.map((a) => [a.id, a]));
    const relations = rels.map((r) => {
      const other = r.a === id ? r.b : r.a;
      const o = byId.get(other);
      return {
        other,
        otherOutlet: o?.outlet ?? null,
        otherTitle: o?.title ?? null,
        kind: r.kind,
        derived: r.derived,
        score: r.score,
        passages: r.passages.length,
      };
    });
    return c.json({ article: articleJson(article), storyId, quotes, claims, relations });
  });

  app.get("/api/search", async (c) => {
    const q = textParam(c.req.query("q"), "q");
    const limit = intParam(c.req.query("limit"), "limit", 20, 1, 100);
    if (!q) return c.json({ query: q, results: [] });
    const ids = await view.store.search(q, limit);
    const articles = await view.store.articles({ ids });
    const v = await view.current();
    const results = articles.map((a) => ({
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      publishedAt: a.publishedAt,
      storyId: v.storyOf.get(a.id) ?? null,
      snippet: snippet(a.text, q),
    }));
    return c.json({ query: q, results });
  });
}

export function articleJson(a: Article) {
  return { ...reportArticle(a), source: uploadLabel(a.source) };
}

/** Articles posted to the API were read from a temporary folder: show `upload:NAME` rather than its path. */
export function uploadLabel(source: string): string {
  const m = /^.*[\\/]newsfuse-upload-[^\\/]+[\\/](.+)$/.exec(source);
  return m ? `upload:${m[1]}` : source;
}

/** About 200 characters around the first query term, with the matched words' offsets into the snippet. */
export function snippet(text: string, q: string): { text: string; marks: [number, number][] } {
  const terms = (q.match(/[\p{L}\p{N}]+/gu) ?? []).map((t) => t.toLowerCase());
  const lower = text.toLowerCase();
  const first = Math.min(...terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0), text.length);
  const start = first === text.length ? 0 : Math.max(0, text.lastIndexOf(" ", Math.max(0, first - 80)) + 1);
  const cut = text.slice(start, start + 220).replace(/\s+/g, " ");
  const body = (start > 0 ? "…" : "") + cut + (start + 220 < text.length ? "…" : "");
  const marks: [number, number][] = [];
  const lb = body.toLowerCase();
  for (const m of lb.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (terms.some((t) => m[0].startsWith(t))) marks.push([m.index, m.index + m[0].length]);
  }
  return { text: body, marks };
}
