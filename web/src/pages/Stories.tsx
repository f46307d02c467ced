import { useEffect, useRef } from "preact/hooks";
import { paths, qs } from "../api.ts";
import { Status, useJson } from "../components/data.tsx";
import { Badge, fmtRange, plural } from "../components/format.tsx";
import { Link, type Location, navigate } from "../router.tsx";
import type { StoryList, StorySummary } from "../types.ts";

const PAGE = 20;

/** The stories list: filters (text, outlet, dates), counts, conflict badges, paging. */
export function Stories({ loc }: { loc: Location }) {
  const f = {
    q: loc.query.get("q") ?? "",
    outlet: loc.query.get("outlet") ?? "",
    from: loc.query.get("from") ?? "",
    to: loc.query.get("to") ?? "",
  };
  const offset = Math.max(0, Number(loc.query.get("offset") ?? 0) || 0);
  const list = useJson<StoryList>(`/api/stories${qs({ ...f, offset, limit: PAGE })}`);
  const outlets = useJson<{ outlets: string[] }>("/api/outlets");
  const h1 = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = "Stories · newsfuse";
  }, []);
  const onSubmit = (e: Event) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    const get = (k: string) => String(data.get(k) ?? "").trim();
    navigate(`/${qs({ q: get("q"), outlet: get("outlet"), from: get("from"), to: get("to") })}`);
  };
  return (
    <>
      <h1 ref={h1} tabIndex={-1}>
        Stories
      </h1>
      <form class="filters" onSubmit={onSubmit} aria-label="Filter stories">
        <label>
          <span>Text</span>
          <input name="q" type="search" value={f.q} placeholder="words in the articles" maxLength={200} />
        </label>
        <label>
          <span>Outlet</span>
          <select name="outlet" value={f.outlet}>
            <option value="">any outlet</option>
            {outlets.state === "ok" && outlets.data.outlets.map((o) => <option value={o}>{o}</option>)}
          </select>
        </label>
        <label>
          <span>From</span>
          <input name="from" type="date" value={f.from} />
        </label>
        <label>
          <span>To</span>
          <input name="to" type="date" value={f.to} />
        </label>
        <button type="submit">Filter</button>
      </form>
      <Status loaded={list} what="stories" />
      {list.state === "ok" && <Results list={list.data} f={f} />}
    </>
  );
}

function Results({ list, f }: { list: StoryList; f: Record<string, string> }) {
  if (list.total === 0)
    return (
      <p class="empty">
        No stories {Object.values(f).some(Boolean) ? "match these filters" : "yet"}.{" "}
        <Link href="/ingest">Add articles</Link>.
      </p>
    );
  const end = Math.min(list.offset + list.stories.length, list.total);
  const page = (o: number) => `/${qs({ ...f, offset: o || undefined })}`;
  return (
    <>
      <p class="count" aria-live="polite">
        {list.total === 1 ? "1 story" : `Stories ${list.offset + 1}–${end} of ${list.total}`}
      </p>
      <ul class="story-list">
        {list.stories.map((s) => (
          <StoryCard key={s.id} s={s} />
        ))}
      </ul>
      {list.total > list.limit && (
        <nav class="pager" aria-label="Pages">
          {list.offset > 0 && <Link href={page(Math.max(0, list.offset - list.limit))}>← Newer</Link>}
          {end < list.total && <Link href={page(list.offset + list.limit)}>Older →</Link>}
        </nav>
      )}
    </>
  );
}

function StoryCard({ s }: { s: StorySummary }) {
  return (
    <li class="story-card">
      <h2>
        <Link href={paths.story(s.id)}>{s.title}</Link>
      </h2>
      <p class="meta">
        <span>{plural(s.articleCount, "article")}</span>
        <span>{plural(s.originCount, "independent source")}</span>
        <span>{fmtRange(s.start, s.end)}</span>
      </p>
      <p class="badges">
        {s.conflicts > 0 && (
          <Badge tone="bad" title="the same claimant gave different figures for the same day">
            {plural(s.conflicts, "conflict")}
          </Badge>
        )}
        {s.disputed > 0 && <Badge tone="warn">{s.disputed} disputed</Badge>}
        {s.altered > 0 && <Badge tone="warn">{plural(s.altered, "altered quote")}</Badge>}
        {s.originCount === 1 && s.articleCount > 1 && <Badge tone="info">single source</Badge>}
      </p>
      <p class="outlets">{s.outlets.join(" · ")}</p>
    </li>
  );
}
