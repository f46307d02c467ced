import { useEffect } from "preact/hooks";
import { paths, qs } from "../api.ts";
import { Status, useJson } from "../components/data.tsx";
import { fmtDate } from "../components/format.tsx";
import { MarkedText } from "../components/marked.tsx";
import { Link, type Location, navigate } from "../router.tsx";
import type { SearchResult } from "../types.ts";

/** Full-text search over article titles and texts. */
export function Search({ loc }: { loc: Location }) {
  const q = loc.query.get("q") ?? "";
  const res = useJson<{ results: SearchResult[] }>(q ? `/api/search${qs({ q, limit: 50 })}` : null);
  useEffect(() => {
    document.title = "Search · newsfuse";
  }, []);
  return (
    <>
      <h1 tabIndex={-1}>Search articles</h1>
      <form
        class="filters"
        onSubmit={(e) => {
          e.preventDefault();
          const v = String(new FormData(e.currentTarget).get("q") ?? "").trim();
          navigate(`/search${qs({ q: v })}`);
        }}
      >
        <label>
          <span>Words</span>
          <input name="q" type="search" value={q} maxLength={200} />
        </label>
        <button type="submit">Search</button>
      </form>
      {q && <Status loaded={res} what="results" />}
      {q && res.state === "ok" && (
        <>
          <p class="count">
            {res.data.results.length} result{res.data.results.length === 1 ? "" : "s"}
          </p>
          <ul class="results">
            {res.data.results.map((r) => (
              <li key={r.id}>
                <h2>
                  <Link href={paths.article(r.id)}>{r.title ?? r.id}</Link>
                </h2>
                <p class="meta">
                  <span>{r.outlet ?? "unknown outlet"}</span>
                  <span>{fmtDate(r.publishedAt)}</span>
                  {r.storyId && <Link href={paths.story(r.storyId)}>story</Link>}
                </p>
                <MarkedText
                  text={r.snippet.text}
                  marks={r.snippet.marks.map((m) => ({ span: m, cls: "hit" }))}
                  class="snippet"
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
