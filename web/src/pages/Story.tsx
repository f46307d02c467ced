import { useEffect } from "preact/hooks";
import { paths } from "../api.ts";
import { Status, useJson } from "../components/data.tsx";
import { Badge, fmtDate, fmtRange, plural } from "../components/format.tsx";
import { Link } from "../router.tsx";
import type { StoryPage } from "../types.ts";
import { Events } from "./story/Events.tsx";
import { Figures } from "./story/Figures.tsx";
import { Named } from "./story/Named.tsx";
import { Sources } from "./story/Sources.tsx";
import { Statements } from "./story/Statements.tsx";
import { WhoSaid } from "./story/WhoSaid.tsx";

/** Outlet names by article id, for showing who carries what. */
export type Outlets = Map<string, string>;

/** One story: established, disputed, figures, events, quotes by speaker, names, sources, timeline. */
export function Story({ id }: { id: string }) {
  const page = useJson<StoryPage>(`/api/stories/${encodeURIComponent(id)}`);
  useEffect(() => {
    if (page.state !== "ok") return;
    document.title = `${page.data.brief.headline} · newsfuse`;
    performance.mark("nf:story-rendered");
  }, [page]);
  if (page.state !== "ok") return <Status loaded={page} what="the story" />;
  const { brief, story, articles } = page.data;
  const outlets: Outlets = new Map(articles.map((a) => [a.id, a.outlet ?? a.title ?? a.id]));
  return (
    <article class="story" aria-labelledby="story-title">
      <p class="crumbs">
        <Link href="/">Stories</Link>
      </p>
      <h1 id="story-title" tabIndex={-1}>
        {brief.headline}
      </h1>
      <p class="meta">
        <span>{plural(brief.articleCount, "article")}</span>
        <span>
          <strong>{plural(brief.originCount, "independent source")}</strong>
        </span>
        <span>{fmtRange(story.start, story.end)}</span>
        {story.conflicts > 0 && <Badge tone="bad">{plural(story.conflicts, "conflict")}</Badge>}
      </p>
      <nav class="toc" aria-label="On this page">
        <a href="#established">Established</a>
        <a href="#disputed">Disputed</a>
        <a href="#figures">Figures</a>
        <a href="#events">Events</a>
        <a href="#who-said">Who said what</a>
        <a href="#named">Named</a>
        <a href="#sources">Sources</a>
        <a href="#timeline">Timeline</a>
      </nav>
      <Statements brief={brief} outlets={outlets} />
      <Figures figures={brief.figures} outlets={outlets} />
      <Events events={brief.events ?? []} outlets={outlets} />
      <WhoSaid speakers={brief.whoSaid} outlets={outlets} />
      <Named brief={brief} />
      <Sources rows={brief.sources} articles={articles} />
      <section id="timeline" aria-labelledby="h-timeline">
        <h2 id="h-timeline">Timeline</h2>
        {brief.timeline.length === 0 ? (
          <p class="empty">No dated events.</p>
        ) : (
          <ol class="timeline">
            {brief.timeline.map((t, i) => (
              <li key={i} class={`tl-${t.kind}`}>
                <time dateTime={t.at ?? undefined}>{fmtDate(t.at, true)}</time>
                <span>{t.text}</span>
                <span class="carriers">{t.articleIds.map((a) => outlets.get(a) ?? a).join(", ")}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <p class="foot">
        This brief as <a href={`/api/stories/${encodeURIComponent(id)}/brief.html`}>HTML</a>,{" "}
        <a href={`/api/stories/${encodeURIComponent(id)}/brief.md`}>Markdown</a> or{" "}
        <a href={`/api/stories/${encodeURIComponent(id)}`}>JSON</a>
        {" · "}
        <Link href={paths.story(id)}>Permalink</Link>
      </p>
    </article>
  );
}
