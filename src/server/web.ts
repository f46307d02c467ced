import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Where the UI sources and build output live in this package. */
export const WEB_DIR = fileURLToPath(new URL("../../web", import.meta.url));
export const WEB_DIST = join(WEB_DIR, "dist");

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((n) => newest(join(path, n))));
}

/** True when web/dist holds a build at least as new as every UI source file. */
export function webBuilt(): boolean {
  const index = join(WEB_DIST, "index.html");
  if (!existsSync(index)) return false;
  const sources = ["src", "public", "index.html", "vite.config.ts"].map((p) => newest(join(WEB_DIR, p)));
  return statSync(index).mtimeMs >= Math.max(...sources);
}

/**
 * Builds the UI with Vite's JS API when web/dist is missing or older than its sources (a clean clone, a pull),
 * so `serve` works with no extra step. Returns false (and says why) when Vite is not installed.
 */
export async function ensureWebBuilt(log: (s: string) => void = () => {}, force = false): Promise<boolean> {
  if (!force && webBuilt()) return true;
  if (!existsSync(join(WEB_DIR, "index.html"))) return existsSync(join(WEB_DIST, "index.html"));
  let vite: typeof import("vite");
  try {
    vite = await import("vite");
  } catch {
    log("newsfuse serve: the web UI is not built and vite is not installed: serving what web/dist holds");
    return existsSync(join(WEB_DIST, "index.html"));
  }
  log("newsfuse serve: building the web UI…");
  await vite.build({ configFile: join(WEB_DIR, "vite.config.ts"), root: WEB_DIR, logLevel: "warn" });
  return webBuilt();
}
