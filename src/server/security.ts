import { timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { errorBody } from "./http.ts";

/** The page may load only its own scripts, styles and data: article text can never run or fetch anything. */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** For the self-contained HTML brief: its own inline CSS, and nothing may run in it at all. */
export const BRIEF_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox";

/** Security headers on every answer; a route may set a stricter (or its own) policy first. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    if (!h.has("content-security-policy")) h.set("content-security-policy", CSP);
    h.set("x-content-type-options", "nosniff");
    h.set("referrer-policy", "no-referrer");
    h.set("x-frame-options", "DENY");
    h.set("cross-origin-opener-policy", "same-origin");
    h.set("cross-origin-resource-policy", "same-origin");
    h.set("permissions-policy", "camera=(), microphone=(), geolocation=()");
  };
}

const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export function isLoopback(host: string): boolean {
  return LOOPBACK_NAMES.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * When bound to loopback, answer only requests addressed to a loopback name: a web page that rebinds its own
 * domain name to 127.0.0.1 cannot read the API.
 */
export function loopbackHostOnly(): MiddlewareHandler {
  return async (c, next) => {
    const host = new URL(c.req.url).hostname;
    if (!isLoopback(host)) return c.json(errorBody("bad_host", `host ${host} not served here`), 421);
    await next();
  };
}

/**
 * Guards writes: other sites may not post here (checked by Origin and Sec-Fetch-Site, which browsers set),
 * and when a token is configured the request must carry it (`Authorization: Bearer <token>`).
 */
export function writeGuard(token: string | null): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header("origin");
    const site = c.req.header("sec-fetch-site");
    const here = new URL(c.req.url).host;
    if ((origin && origin !== "null" && safeHost(origin) !== here) || origin === "null")
      return c.json(errorBody("cross_origin", "writes from other origins are refused"), 403);
    if (site && site !== "same-origin" && site !== "none")
      return c.json(errorBody("cross_origin", "writes from other sites are refused"), 403);
    if (token !== null) {
      const given = bearer(c.req.header("authorization")) ?? c.req.header("x-newsfuse-token") ?? "";
      if (!sameSecret(given, token)) {
        c.header("www-authenticate", 'Bearer realm="newsfuse"');
        const msg = given ? "wrong token" : "this server needs a token for writes (Authorization: Bearer …)";
        return c.json(errorBody("unauthorized", msg), 401);
      }
    }
    await next();
  };
}

function safeHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

function bearer(h: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)$/i.exec(h ?? "");
  return m ? m[1] : null;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
