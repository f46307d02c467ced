import type { Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { stream } from "hono/streaming";
import type { AnalyzeResult, Progress } from "../../analyze/run.ts";
import { errorBody } from "../http.ts";
import { writeGuard } from "../security.ts";
import type { StoreView } from "../state.ts";
import { type Limits, receive } from "../upload.ts";

export interface IngestDeps {
  view: StoreView;
  token: string | null;
  limits: Limits;
}

/** Ingests queued at once (each holds its upload on disk); more get 503. */
const MAX_WAITING = 4;

interface Outcome {
  status: 200 | 201 | 422;
  body: Record<string, unknown>;
}

/**
 * `POST /api/ingest`: stores and analyzes what was posted; one ingest at a time. With
 * `Accept: application/x-ndjson` the answer streams `{"progress": {phase, done, total}}` lines, then
 * `{"status", "result"}`.
 */
export function ingestRoutes(app: Hono, deps: IngestDeps): void {
  let queue: Promise<unknown> = Promise.resolve();
  /** requests admitted and not yet answered: counted from the start, before the upload is read */
  let waiting = 0;
  const limit = bodyLimit({
    maxSize: deps.limits.body,
    onError: (c) =>
      c.json(errorBody("payload_too_large", `request body over ${deps.limits.body} bytes`), 413),
  });
  const enqueue = (dir: string, onProgress?: (p: Progress) => void) => {
    const run = queue.then(() => analyze(deps.view, dir, onProgress)).finally(() => waiting--);
    queue = run.catch(() => undefined);
    return run;
  };
  app.post("/api/ingest", writeGuard(deps.token), limit, async (c) => {
    if (waiting >= MAX_WAITING) {
      c.header("retry-after", "5");
      return c.json(errorBody("busy", `${waiting} ingests are already queued: try again shortly`), 503);
    }
    waiting++;
    let upload: Awaited<ReturnType<typeof receive>>;
    try {
      upload = await receive(c, deps.limits);
    } catch (err) {
      waiting--;
      throw err;
    }
    if ((c.req.header("accept") ?? "").includes("application/x-ndjson"))
      return streamed(c, upload, enqueue, deps);
    try {
      const out = await outcome(deps.view, await enqueue(upload.dir));
      return c.json(out.body, out.status);
    } finally {
      await upload.dispose();
    }
  });
}

function streamed(
  c: Context,
  upload: Awaited<ReturnType<typeof receive>>,
  enqueue: (dir: string, onProgress?: (p: Progress) => void) => Promise<AnalyzeResult>,
  deps: IngestDeps,
): Response {
  c.header("content-type", "application/x-ndjson; charset=utf-8");
  c.header("cache-control", "no-store");
  return stream(c, async (s) => {
    let last = 0;
    const onProgress = (p: Progress) => {
      const now = Date.now();
      if (now - last < 100 && p.done !== p.total) return;
      last = now;
      void s.write(`${JSON.stringify({ progress: p })}\n`);
    };
    try {
      const out = await outcome(deps.view, await enqueue(upload.dir, onProgress));
      await s.write(`${JSON.stringify({ status: out.status, result: out.body })}\n`);
    } catch (err) {
      console.error(`newsfuse serve: ingest: ${(err as Error).stack ?? err}`);
      await s.write(`${JSON.stringify({ status: 500, result: errorBody("internal", "internal error") })}\n`);
    } finally {
      await upload.dispose();
    }
  });
}

async function outcome(view: StoreView, result: AnalyzeResult): Promise<Outcome> {
  const messages = result.messages;
  if (result.articleIds.length === 0)
    return {
      status: 422,
      body: { ...errorBody("nothing_stored", "no article could be read from the upload"), messages },
    };
  const v = await view.current();
  const ids = new Set(result.articleIds);
  const fresh = new Set(result.newIds);
  const stories = v.stories
    .filter((s) => s.articleIds.some((id) => ids.has(id)))
    .map((s) => ({
      id: s.id,
      title: s.title,
      articleCount: s.articleIds.length,
      added: s.articleIds.filter((id) => fresh.has(id)).length,
      state: s.articleIds.every((id) => fresh.has(id))
        ? "new"
        : s.articleIds.some((id) => fresh.has(id))
          ? "updated"
          : "unchanged",
    }));
  setImmediate(() => void view.warm(stories.map((s) => s.id)));
  const articles = (await view.store.articles({ ids: result.articleIds })).map((a) => ({
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    publishedAt: a.publishedAt,
    new: fresh.has(a.id),
    storyId: v.storyOf.get(a.id) ?? null,
  }));
  return {
    status: result.newIds.length ? 201 : 200,
    body: { articles, newIds: result.newIds, stories, messages },
  };
}

async function analyze(view: StoreView, dir: string, onProgress?: (p: Progress) => void) {
  // Loaded on first use: the stages' language models are not needed to serve reads.
  const { analyzePaths } = await import("../../analyze/run.ts");
  try {
    const sourceName = (p: string) => (p.startsWith(dir) ? `upload:${p.slice(dir.length + 1)}` : p);
    return await analyzePaths(view.store, [dir], { onProgress, batchSize: 50, sourceName });
  } finally {
    view.invalidate();
  }
}
