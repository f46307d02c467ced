import type { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { Message } from "../../model/index.ts";
import { errorBody } from "../http.ts";
import { writeGuard } from "../security.ts";
import type { StoreView } from "../state.ts";
import { type Limits, receive } from "../upload.ts";

export interface IngestDeps {
  view: StoreView;
  token: string | null;
  limits: Limits;
}

/** `POST /api/ingest`: stores and analyzes what was posted; one ingest at a time. */
export function ingestRoutes(app: Hono, deps: IngestDeps): void {
  let queue: Promise<unknown> = Promise.resolve();
  const limit = bodyLimit({
    maxSize: deps.limits.body,
    onError: (c) =>
      c.json(errorBody("payload_too_large", `request body over ${deps.limits.body} bytes`), 413),
  });
  app.post("/api/ingest", writeGuard(deps.token), limit, async (c) => {
    const upload = await receive(c, deps.limits);
    const run = queue.then(() => analyze(deps.view, upload.dir));
    queue = run.catch(() => undefined);
    try {
      const result = await run;
      const messages = result.messages.map((m) => relabel(m, upload.dir));
      if (result.articleIds.length === 0)
        return c.json(
          { ...errorBody("nothing_stored", "no article could be read from the upload"), messages },
          422,
        );
      const v = await deps.view.current();
      const ids = new Set(result.articleIds);
      const stories = v.stories
        .filter((s) => s.articleIds.some((id) => ids.has(id)))
        .map((s) => ({ id: s.id, title: s.title, articleCount: s.articleIds.length }));
      setImmediate(() => void deps.view.warm(stories.map((s) => s.id)));
      const fresh = new Set(result.newIds);
      const articles = (await deps.view.store.articles({ ids: result.articleIds })).map((a) => ({
        id: a.id,
        title: a.title,
        outlet: a.outlet,
        publishedAt: a.publishedAt,
        new: fresh.has(a.id),
        storyId: v.storyOf.get(a.id) ?? null,
      }));
      return c.json({ articles, newIds: result.newIds, stories, messages }, result.newIds.length ? 201 : 200);
    } finally {
      await upload.dispose();
    }
  });
}

async function analyze(view: StoreView, dir: string) {
  // Loaded on first use: the stages' language models are not needed to serve reads.
  const { analyzePaths } = await import("../../analyze/run.ts");
  try {
    return await analyzePaths(view.store, [dir]);
  } finally {
    view.invalidate();
  }
}

function relabel(m: Message, dir: string): Message {
  return { ...m, source: m.source.startsWith(dir) ? `upload:${m.source.slice(dir.length + 1)}` : m.source };
}
