import { useEffect, useState } from "preact/hooks";
import { getJson } from "../api.ts";

export type Loaded<T> = { state: "loading" } | { state: "error"; message: string } | { state: "ok"; data: T };

/** Loads a JSON API path; reloads when the path changes and ignores answers to stale requests. */
export function useJson<T>(path: string | null): Loaded<T> {
  const [out, setOut] = useState<Loaded<T>>({ state: "loading" });
  useEffect(() => {
    if (!path) return;
    const ctl = new AbortController();
    setOut({ state: "loading" });
    getJson<T>(path, ctl.signal).then(
      (data) => setOut({ state: "ok", data }),
      (err: Error) => {
        if (!ctl.signal.aborted) setOut({ state: "error", message: err.message });
      },
    );
    return () => ctl.abort();
  }, [path]);
  return out;
}

export function Status({ loaded, what }: { loaded: Loaded<unknown>; what: string }) {
  if (loaded.state === "loading")
    return (
      <p class="status" role="status" aria-live="polite">
        Loading {what}…
      </p>
    );
  if (loaded.state === "error")
    return (
      <p class="status error" role="alert">
        Could not load {what}: {loaded.message}
      </p>
    );
  return null;
}
