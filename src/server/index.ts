import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Store } from "../store/index.ts";
import { createApp } from "./app.ts";
import { isLoopback } from "./security.ts";
import type { Limits } from "./upload.ts";
import { WEB_DIST } from "./web.ts";

export { createApp } from "./app.ts";
export { ensureWebBuilt, WEB_DIST } from "./web.ts";

export interface ServeOptions {
  store: Store;
  host?: string;
  port?: number;
  token?: string | null;
  webRoot?: string | null;
  limits?: Partial<Limits>;
  /** Cross-check the largest stories right after start so their first visitors need not wait (default true). */
  warm?: boolean;
}

export interface Running {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts the API and UI. Refuses a non-loopback host without a token: writes must never be open. */
export async function startServer(o: ServeOptions): Promise<Running> {
  const host = o.host ?? "127.0.0.1";
  const token = o.token || null;
  const loopback = isLoopback(host);
  if (!loopback && !token)
    throw new Error(`--host ${host} is not loopback: set --token or NEWSFUSE_TOKEN so that writes need it`);
  const webRoot =
    o.webRoot === undefined ? (existsSync(`${WEB_DIST}/index.html`) ? WEB_DIST : null) : o.webRoot;
  const { app, view } = createApp({
    store: o.store,
    token,
    loopbackOnly: loopback,
    webRoot,
    limits: o.limits,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: host, port: o.port ?? 8787 }, () => resolve(s));
    s.once("error", reject);
  });
  const port = (server.address() as AddressInfo).port;
  if (o.warm ?? true) setImmediate(() => void view.warm());
  const shown = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}`,
    port,
    close: () => new Promise<void>((res) => server.close(() => res())),
  };
}
