import type { Hono } from "hono";
import type { Story } from "../../model/index.ts";
import { renderBriefHtml } from "../../report/html.ts";
import { renderBriefMarkdown } from "../../report/markdown.ts";
import { dateParam, idParam, intParam, notFound, sendJsonText, textParam } from "../http.ts";
import { BRIEF_CSP } from "../security.ts";
import type { StoreView, StorySummary } from "../state.ts";

interface Filters {
  q: string;
  outlet: string;
  from: number | null;
  to: number | null;
}

/** `GET /api/stories` (filters and paging) and `GET /api/stories/:id` (the story's brief). */
export function storyRoutes(app: Hono, view: StoreView): void {
  app.get("/api/stories", async (c) => {
    const q = c.req.query();
    const f: Filters = {
      q: textParam(q.q, "q"),
      outlet: textParam(q.outlet, "outlet"),
      from: dateParam(q.from, "from"),
      to: dateParam(q.to, "to", true),
    };
    const limit = intParam(q.limit, "limit", 20, 1, 100);
    const offset = intParam(q.offset, "offset", 0, 0, 1_000_000);
    const v = await view.current();
    const hits = f.q ? new Set(await view.store.search(f.q, 2000)) : null;
    const matching = v.stories.filter((s) => matches(s, f, hits));
    const page = matching.slice(offset, offset + limit);
    const stories = await Promise.all(page.map((s) => summaryOf(view, v, s)));
    return c.json({ total: matching.length, limit, offset, stories });
  });

  app.get("/api/stories/:id", async (c) => {
    const id = idParam(c.req.param("id"));
    const v = await view.current();
    const data = await view.page(v, id);
    if (!data) throw notFound(`story ${id}`);
    const etag = `W/"${v.version}"`;
    c.header("vary", "accept-encoding");
    c.header("etag", etag);
    c.header("cache-control", "no-cache");
    if (c.req.header("if-none-match") === etag) return c.body(null, 304);
    if (/\bgzip\b/.test(c.req.header("accept-encoding") ?? "")) {
      return c.body(data.gzip as Uint8Array<ArrayBuffer>, 200, {
        "content-type": "application/json; charset=utf-8",
        "content-encoding": "gzip",
      });
    }
    return sendJsonText(c, data.json);
  });

  app.get("/api/stories/:id/:file{brief\\.(md|html)}", async (c) => {
    const id = idParam(c.req.param("id"));
    const v = await view.current();
    const data = await view.page(v, id);
    if (!data) throw notFound(`story ${id}`);
    const articles = data.report.articles;
    if (c.req.param("file") === "brief.md")
      return c.body(renderBriefMarkdown(data.brief, articles), 200, {
        "content-type": "text/markdown; charset=utf-8",
        "content-disposition": `attachment; filename="brief-${safeName(id)}.md"`,
      });
    return c.body(renderBriefHtml([data.brief], articles), 200, {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": BRIEF_CSP,
    });
  });

  app.get("/api/outlets", async (c) => {
    const v = await view.current();
    const outlets = [...new Set(v.stories.flatMap((s) => s.outlets))].sort((a, b) => a.localeCompare(b));
    return c.json({ outlets });
  });
}

function safeName(id: string): string {
  return id.replace(/[^\w.-]+/g, "_").slice(0, 80);
}

function matches(s: Story, f: Filters, hits: Set<string> | null): boolean {
  if (f.outlet && !s.outlets.some((o) => o.toLowerCase() === f.outlet.toLowerCase())) return false;
  const start = s.start ? Date.parse(s.start) : null;
  const end = s.end ? Date.parse(s.end) : start;
  if (f.from !== null && (end === null || end < f.from)) return false;
  if (f.to !== null && (start === null || start > f.to)) return false;
  if (hits && !s.articleIds.some((id) => hits.has(id)) && !s.title.toLowerCase().includes(f.q.toLowerCase()))
    return false;
  return true;
}

async function summaryOf(view: StoreView, v: Awaited<ReturnType<StoreView["current"]>>, s: Story) {
  try {
    const data = await view.page(v, s.id);
    if (data) return data.summary;
  } catch {
    // a story the cross-check cannot handle is still listed, without its counts
  }
  const fallback: StorySummary & { error: true } = {
    id: s.id,
    title: s.title,
    articleCount: s.articleIds.length,
    originCount: 0,
    outlets: s.outlets,
    start: s.start,
    end: s.end,
    conflicts: 0,
    disputed: 0,
    altered: 0,
    error: true,
  };
  return fallback;
}
