import { paths } from "../../api.ts";
import { Badge, fmtDate, KIND_TONE } from "../../components/format.tsx";
import { Link } from "../../router.tsx";
import type { Brief, StoryArticle } from "../../types.ts";

const WORD: Record<string, string> = {
  original: "original",
  reprint: "reprint of",
  version: "version of",
  rewrite: "rewrite of",
  spin: "spun copy of",
  "shared-source": "shares a source with",
};

/** Sources table: outlet, title, date, originality (original / reprint / version / rewrite / spun copy of X). */
export function Sources({ rows, articles }: { rows: Brief["sources"]; articles: StoryArticle[] }) {
  const byId = new Map(rows.map((r) => [r.articleId, r]));
  const partners = new Map(articles.map((a) => [a.id, a.compareWith]));
  const partner = (id: string) => partners.get(id) ?? null;
  return (
    <section id="sources" aria-labelledby="h-sources">
      <h2 id="h-sources">Sources</h2>
      <div class="table-wrap">
        <table class="sources stack">
          <thead>
            <tr>
              <th scope="col">Outlet</th>
              <th scope="col">Title</th>
              <th scope="col">Published</th>
              <th scope="col">Originality</th>
              <th scope="col" title="articles with the same letter share one origin">
                Origin
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const of = r.of ? byId.get(r.of) : undefined;
              const other = r.of ?? partner(r.articleId);
              return (
                <tr key={r.articleId}>
                  <td data-label="Outlet" class="outlet">
                    {r.outlet ?? "unknown outlet"}
                  </td>
                  <td data-label="Title">
                    <Link href={paths.article(r.articleId)}>{r.title ?? r.articleId}</Link>
                  </td>
                  <td data-label="Published">{fmtDate(r.publishedAt, true)}</td>
                  <td data-label="Originality">
                    <Badge tone={KIND_TONE[r.originality] ?? "neutral"}>
                      {WORD[r.originality] ?? r.originality}
                    </Badge>
                    {of && <span> {of.outlet ?? of.title ?? of.articleId}</span>}
                    {other && (
                      <>
                        {" "}
                        <Link
                          class="compare-link"
                          href={r.of ? paths.compare(r.of, r.articleId) : paths.compare(r.articleId, other)}
                        >
                          compare
                        </Link>
                      </>
                    )}
                  </td>
                  <td data-label="Origin" class="origin">
                    {r.origin}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
