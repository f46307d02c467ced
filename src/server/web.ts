import { existsSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Where the UI sources and build output live in this package. */
export const WEB_DIR = fileURLToPath(new URL("../../web", import.meta.url));
export const WEB_DIST = fileURLToPath(new URL("../../web/dist", import.meta.url));

export function webBuilt(dist = WEB_DIST): boolean {
  return existsSync(`${dist}/index.html`) && statSync(`${dist}/index.html`).size > 0;
}

/**
 * Builds the UI with Vite's JS API when web/dist is missing (a clean clone), so `serve` works with no extra
 * step. Returns false (and says why) when Vite is not installed.
 */
export async function ensureWebBuilt(log: (s: string) => void = () => {}, force = false): Promise<boolean> {
  if (!force && webBuilt()) return true;
  let vite: typeof import("vite");
  try {
    vite = await import("vite");
  } catch {
    log("newsfuse serve: web/dist is missing and vite is not installed: serving the API only");
    return false;
  }
  log("newsfuse serve: building the web UI (first start)…");
  await vite.build({ configFile: `${WEB_DIR}/vite.config.ts`, root: WEB_DIR, logLevel: "warn" });
  return webBuilt();
}
