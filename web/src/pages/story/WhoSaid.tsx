import { displayQuote } from "../../../../src/crosscheck/quote-display.ts";
import { Badge, plural } from "../../components/format.tsx";
import type { Brief } from "../../types.ts";
import type { Outlets } from "../Story.tsx";

type Group = Brief["whoSaid"][number]["groups"][number];

function Diff({ ops }: { ops: Group["versions"][number]["diff"] }) {
  return (
    <span class="diff">
      {ops.map((o, i) => {
        const sep = i > 0 ? " " : "";
        if (o.op === "same") return <span key={i}>{sep + o.text}</span>;
        if (o.op === "del")
          return (
            <del key={i} title="in the best-attested wording, missing here">
              {sep + o.text}
            </del>
          );
        return (
          <ins key={i} title="not in the best-attested wording">
            {sep + o.text}
          </ins>
        );
      })}
    </span>
  );
}

function QuoteGroup({ g, outlets }: { g: Group; outlets: Outlets }) {
  const others = g.versions.filter((v) => v.diff.length > 0 || v.altered);
  const main = g.versions.find((v) => !others.includes(v));
  return (
    <li class="quote-group">
      <blockquote
        class={g.kind === "direct" ? undefined : "reported"}
        title={g.kind === "direct" ? undefined : "reported speech: the article's words, not a quotation"}
      >
        {displayQuote(g.text, g.kind)}
      </blockquote>
      <p class="quote-meta">
        {g.origins >= 2 ? (
          <Badge tone="good">{plural(g.origins, "independent source")}</Badge>
        ) : (
          <Badge tone="info">single source</Badge>
        )}
        {g.altered && (
          <Badge tone="warn" title="some articles carry a changed wording">
            altered
          </Badge>
        )}
        {main && <span class="carriers">{names(main.articleIds, outlets)}</span>}
      </p>
      {others.length > 0 && (
        <details class="versions">
          <summary>{plural(others.length, "other wording")}</summary>
          <ul>
            {others.map((v) => (
              <li key={v.text}>
                <Diff ops={v.diff.length ? v.diff : [{ op: "same", text: v.text }]} />
                <span class="carriers">
                  {names(v.articleIds, outlets)}
                  {v.origins === 0 && " (adds no corroboration)"}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

/** Distinct outlet names of some articles. */
function names(ids: string[], outlets: Outlets): string {
  return [...new Set(ids.map((a) => outlets.get(a) ?? a))].join(", ");
}

function SingleSource({ groups, outlets, more }: { groups: Group[]; outlets: Outlets; more: boolean }) {
  if (groups.length === 0) return null;
  return (
    <details class="more-quotes">
      <summary>{plural(groups.length, more ? "more quote" : "quote")} from a single source</summary>
      <ul class="quotes">
        {groups.map((g) => (
          <QuoteGroup key={g.id} g={g} outlets={outlets} />
        ))}
      </ul>
    </details>
  );
}

/** Quotes grouped by speaker, with independent-source counts and altered versions diffed word by word. */
export function WhoSaid({ speakers, outlets }: { speakers: Brief["whoSaid"]; outlets: Outlets }) {
  return (
    <section id="who-said" aria-labelledby="h-who">
      <h2 id="h-who">Who said what</h2>
      {speakers.length === 0 && <p class="empty">No attributed quotes found.</p>}
      {speakers.map((s) => (
        <div class="speaker" key={s.speaker}>
          <h3>
            {s.speaker}
            {s.title && <span class="speaker-title">, {s.title}</span>}
          </h3>
          <ul class="quotes">
            {s.groups
              .filter((g) => !g.singleSource || g.altered)
              .map((g) => (
                <QuoteGroup key={g.id} g={g} outlets={outlets} />
              ))}
          </ul>
          <SingleSource
            groups={s.groups.filter((g) => g.singleSource && !g.altered)}
            outlets={outlets}
            more={s.groups.some((g) => !g.singleSource || g.altered)}
          />
        </div>
      ))}
    </section>
  );
}
