import { Hono } from "hono";
import type { Store } from "../store/index.ts";
import { ApiError, errorBody, sendError } from "./http.ts";
import { articleRoutes } from "./routes/articles.ts";
import { compareRoutes } from "./routes/compare.ts";
import { ingestRoutes } from "./routes/ingest.ts";
import { storyRoutes } from "./routes/stories.ts";
import { loopbackHostOnly, securityHeaders } from "./security.ts";
import { StoreView } from "./state.ts";
import { loadAssets, staticRoutes } from "./static.ts";
import { DEFAULT_LIMITS, type Limits } from "./upload.ts";

export interface AppOptions {
  store: Store;
  /** Token every write must carry; null means writes are open (loopback only). */
  token?: string | null;
  /** Answer only requests addressed to a loopback host name (default true). */
  loopbackOnly?: boolean;
  /** Folder of the built UI (web/dist); null serves a note instead. */
  webRoot?: string | null;
  limits?: Partial<Limits>;
}

/** The whole HTTP surface: JSON API under /api and the web UI. */
export function createApp(opts: AppOptions): { app: Hono; view: StoreView } {
  const app = new Hono();
  const view = new StoreView(opts.store);
  app.use("*", securityHeaders());
  app.use("/api/*", async (c, next) => {
    const t = performance.now();
    await next();
    c.res.headers.set("server-timing", `app;dur=${(performance.now() - t).toFixed(2)}`);
  });
  if (opts.loopbackOnly ?? true) app.use("*", loopbackHostOnly());
  app.onError((err, c) => {
    if (err instanceof ApiError) return sendError(c, err);
    if (err instanceof SyntaxError) return c.json(errorBody("bad_request", err.message), 400);
    console.error(`newsfuse serve: ${c.req.method} ${c.req.path}: ${err.stack ?? err}`);
    return c.json(errorBody("internal", "internal error"), 500);
  });
  const token = opts.token ?? null;
  app.get("/api/health", async (c) =>
    c.json({ ok: true, articles: await opts.store.articleCount(), writeToken: token !== null }),
  );
  storyRoutes(app, view);
  articleRoutes(app, view);
  compareRoutes(app, view);
  ingestRoutes(app, { view, token, limits: { ...DEFAULT_LIMITS, ...opts.limits } });
  app.all("/api/*", (c) => {
    const allow = allowed(c.req.path);
    if (!allow) return c.json(errorBody("not_found", "no such API route"), 404);
    c.header("allow", allow);
    return c.json(errorBody("method_not_allowed", `${c.req.method} not allowed here: use ${allow}`), 405);
  });
  staticRoutes(app, opts.webRoot ? loadAssets(opts.webRoot) : null);
  return { app, view };
}

/** The method a known API path answers to, for 405 answers. */
function allowed(path: string): string | null {
  if (path === "/api/ingest") return "POST";
  if (
    /^\/api\/(health|outlets|search|compare|stories(\/[^/]+(\/brief\.(md|html))?)?|articles\/[^/]+)$/.test(
      path,
    )
  )
    return "GET";
  return null;
}
