import { useEffect } from "preact/hooks";
import { displayQuote } from "../../../src/crosscheck/quote-display.ts";
import { paths } from "../api.ts";
import { Status, useJson } from "../components/data.tsx";
import { Badge, fmtDate, KIND_LABEL, KIND_TONE } from "../components/format.tsx";
import { type Mark, MarkedText } from "../components/marked.tsx";
import { Link } from "../router.tsx";
import type { ArticlePage } from "../types.ts";

/** One article: metadata, text with quotes and figures marked, its quotes, figures and reuse relations. */
export function Article({ id }: { id: string }) {
  const page = useJson<ArticlePage>(`/api/articles/${encodeURIComponent(id)}`);
  useEffect(() => {
    if (page.state === "ok") document.title = `${page.data.article.title ?? id} · newsfuse`;
  }, [page, id]);
  if (page.state !== "ok") return <Status loaded={page} what="the article" />;
  const { article: a, quotes, claims, relations, storyId } = page.data;
  const marks: Mark[] = [
    ...quotes.map((q) => ({
      span: q.span,
      cls: q.altered ? "quote altered" : "quote",
      title: q.speaker.name ?? "",
    })),
    ...claims.map((c) => ({ span: c.span, cls: "figure", title: c.what ?? "" })),
  ];
  return (
    <article class="article">
      <p class="crumbs">
        {storyId ? <Link href={paths.story(storyId)}>← Story</Link> : <Link href="/">Stories</Link>}
      </p>
      <h1 tabIndex={-1}>{a.title ?? a.id}</h1>
      <p class="meta">
        <span>{a.outlet ?? "unknown outlet"}</span>
        <span>{fmtDate(a.publishedAt, true)}</span>
        {a.author && <span>by {a.author}</span>}
      </p>
      {relations.length > 0 && (
        <section aria-labelledby="h-rel">
          <h2 id="h-rel">Reuse</h2>
          <ul class="relations">
            {relations.map((r) => (
              <li key={r.other}>
                <Badge tone={KIND_TONE[r.kind] ?? "neutral"}>{KIND_LABEL[r.kind] ?? r.kind}</Badge>{" "}
                {r.derived === a.id ? "copied from" : r.derived === r.other ? "copied by" : "linked to"}{" "}
                {r.otherOutlet ?? r.other}: {r.otherTitle ?? ""}{" "}
                <Link
                  href={paths.compare(
                    r.derived === a.id ? r.other : a.id,
                    r.derived === a.id ? a.id : r.other,
                  )}
                >
                  compare
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="h-text">
        <h2 id="h-text">Text</h2>
        <p class="legend-inline">
          <mark class="quote">quote</mark> <mark class="quote altered">altered quote</mark>{" "}
          <mark class="figure">figure</mark>
        </p>
        <MarkedText text={a.text} marks={marks} />
      </section>
      <section aria-labelledby="h-quotes">
        <h2 id="h-quotes">Quotes ({quotes.length})</h2>
        <ul class="plain">
          {quotes.map((q) => (
            <li key={q.id}>
              <strong>{q.speaker.name ?? q.speaker.mention ?? "unattributed"}</strong>
              {q.kind === "direct" ? ": " : " (reported): "}
              {displayQuote(q.text, q.kind)} {q.altered && <Badge tone="warn">altered</Badge>}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="h-claims">
        <h2 id="h-claims">Figures ({claims.length})</h2>
        <ul class="plain">
          {claims.map((c) => (
            <li key={c.id}>
              {a.text.slice(c.span[0], c.span[1])}{" "}
              <span class="hint">
                ({c.what ?? "?"}, {c.claimant ?? "no claimant"})
              </span>
            </li>
          ))}
        </ul>
      </section>
      <p class="foot">
        Source: <code>{a.source}</code>
      </p>
    </article>
  );
}
