/** Fetches JSON from the API; a non-2xx answer becomes an Error carrying the server's message. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(path, { signal, headers: { accept: "application/json" } });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new HttpError(res.status, body?.error?.message ?? `${res.status} ${res.statusText}`);
  return body as T;
}

export function qs(params: Record<string, string | number | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== "") p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : "";
}

const ENC = encodeURIComponent;
export const paths = {
  story: (id: string) => `/stories/${ENC(id)}`,
  article: (id: string) => `/articles/${ENC(id)}`,
  compare: (a: string, b: string) => `/compare${qs({ a, b })}`,
};
