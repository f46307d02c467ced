import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import type { Hono } from "hono";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

interface Asset {
  body: Uint8Array;
  type: string;
  immutable: boolean;
}

/**
 * Loads the built UI into memory once. Only files found at start-up can be served, so no request path can reach
 * outside the folder; unknown paths get the app's index page (client-side routes).
 */
export function loadAssets(root: string): Map<string, Asset> {
  const out = new Map<string, Asset>();
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) visit(full);
      else {
        const rel = `/${relative(root, full).split(sep).join("/")}`;
        const type = TYPES[extname(name).toLowerCase()] ?? "application/octet-stream";
        out.set(rel, { body: readFileSync(full), type, immutable: rel.startsWith("/assets/") });
      }
    }
  };
  visit(root);
  return out;
}

const FALLBACK = `<!doctype html><html lang="en"><meta charset="utf-8"><title>newsfuse</title>
<p>The web UI is not built. Run <code>npm run build:web</code> or restart <code>newsfuse serve</code>; the JSON API is under <a href="/api/stories">/api/</a>.</p>`;

export function staticRoutes(app: Hono, assets: Map<string, Asset> | null): void {
  app.get("*", (c) => {
    const path = c.req.path;
    if (path.startsWith("/api/"))
      return c.json({ error: { code: "not_found", message: "no such API route" } }, 404);
    const asset = assets?.get(path);
    if (asset) {
      return c.body(asset.body as Uint8Array<ArrayBuffer>, 200, {
        "content-type": asset.type,
        "cache-control": asset.immutable ? "public, max-age=31536000, immutable" : "no-cache",
      });
    }
    if (/\.[a-z0-9]+$/i.test(path) || path.includes("..")) return c.text("not found", 404);
    const index = assets?.get("/index.html");
    if (!index) return c.html(FALLBACK, 200);
    return c.body(index.body as Uint8Array<ArrayBuffer>, 200, {
      "content-type": index.type,
      "cache-control": "no-cache",
    });
  });
}
