import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** An error the API reports as `{ error: { code, message } }` with an HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function errorBody(code: string, message: string, extra: Record<string, unknown> = {}) {
  return { error: { code, message, ...extra } };
}

export function sendError(c: Context, err: ApiError): Response {
  return c.json(errorBody(err.code, err.message, err.extra), err.status);
}

/** Sends an already-serialized JSON body. */
export function sendJsonText(c: Context, body: string, status: ContentfulStatusCode = 200): Response {
  return c.body(body, status, { "content-type": "application/json; charset=utf-8" });
}

export function badRequest(message: string): ApiError {
  return new ApiError(400, "bad_request", message);
}

export function notFound(what: string): ApiError {
  return new ApiError(404, "not_found", `${what} not found`);
}

/** An integer query parameter within [min, max], or the default when absent. */
export function intParam(
  v: string | undefined,
  name: string,
  dflt: number,
  min: number,
  max: number,
): number {
  if (v === undefined || v === "") return dflt;
  if (!/^\d+$/.test(v)) throw badRequest(`${name} must be a whole number`);
  const n = Number(v);
  if (n < min || n > max) throw badRequest(`${name} must be between ${min} and ${max}`);
  return n;
}

/** A date query parameter (YYYY-MM-DD or full ISO) as epoch milliseconds, or null when absent. */
export function dateParam(v: string | undefined, name: string, endOfDay = false): number | null {
  if (v === undefined || v === "") return null;
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v))
    throw badRequest(`${name} must be a date like 2026-03-08`);
  const t = Date.parse(v.length === 10 ? `${v}T00:00:00Z` : v);
  if (Number.isNaN(t)) throw badRequest(`${name} is not a valid date`);
  return v.length === 10 && endOfDay ? t + 86_400_000 - 1 : t;
}

/** A free-text query parameter, trimmed, at most `max` characters. */
export function textParam(v: string | undefined, name: string, max = 200): string {
  const t = (v ?? "").trim();
  if (t.length > max) throw badRequest(`${name} is longer than ${max} characters`);
  return t;
}

/** An id from the path: non-empty, at most 200 characters, no control characters. */
export function idParam(v: string | undefined, name = "id"): string {
  if (!v || v.length > 200 || /[\u0000-\u001f]/.test(v)) throw badRequest(`invalid ${name}`);
  return v;
}
