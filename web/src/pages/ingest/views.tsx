import { paths } from "../../api.ts";
import { Badge, plural } from "../../components/format.tsx";
import { Link } from "../../router.tsx";
import type { IngestResult } from "../../types.ts";
import type { Phase } from "./send.ts";

export function Progress({ phase }: { phase: Phase }) {
  if (phase.kind === "upload")
    return (
      <p class="progress">
        Uploading… <progress max={100} value={Math.round(phase.pct)} aria-label="upload progress" />
      </p>
    );
  if (phase.kind === "analyze")
    return (
      <p class="progress" role="status">
        Analyzing: cleaning, reuse, stories, quotes and figures…{" "}
        <progress aria-label="analysis in progress" />
      </p>
    );
  return null;
}

export function Result({ r }: { r: IngestResult }) {
  const fresh = r.articles.filter((a) => a.new).length;
  return (
    <div class="status ok">
      <p>
        {plural(fresh, "new article")} stored
        {r.articles.length > fresh && `, ${r.articles.length - fresh} already known`}.
      </p>
      {r.stories.length > 0 && (
        <>
          <h2>New and updated stories</h2>
          <ul class="touched">
            {r.stories.map((s) => (
              <li key={s.id}>
                {s.state !== "unchanged" && (
                  <Badge tone={s.state === "new" ? "good" : "info"}>{s.state}</Badge>
                )}{" "}
                <Link href={paths.story(s.id)}>{s.title}</Link>{" "}
                <span class="hint">
                  ({plural(s.articleCount, "article")}
                  {s.state === "updated" && `, ${s.added} added`})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <Messages list={r.messages} />
    </div>
  );
}

export function Messages({ list }: { list: IngestResult["messages"] }) {
  const shown = list.filter((m) => m.level !== "info");
  if (!shown.length) return null;
  return (
    <details class="messages" open>
      <summary>{plural(shown.length, "message")}</summary>
      <ul>
        {shown.map((m, i) => (
          <li key={i} class={`msg-${m.level}`}>
            {m.level}: {m.source}
            {m.line != null && `:${m.line}`}: {m.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
