import { Badge, plural } from "../../components/format.tsx";
import type { Brief } from "../../types.ts";
import type { Outlets } from "../Story.tsx";

type Statement = Brief["established"][number];

function Item({ s, outlets }: { s: Statement; outlets: Outlets }) {
  const carriers = [...new Set(s.articleIds.map((a) => outlets.get(a) ?? a))];
  return (
    <li>
      <span class="stmt-kind">{s.kind === "quote" ? "Quote" : "Figure"}</span> <span>{s.text}</span>{" "}
      <Badge tone={s.origins >= 2 ? "good" : "neutral"}>{plural(s.origins, "independent source")}</Badge>
      <span class="carriers">{carriers.join(", ")}</span>
    </li>
  );
}

/** What is established (two or more independent sources), disputed, and resting on one source. */
export function Statements({ brief, outlets }: { brief: Brief; outlets: Outlets }) {
  return (
    <>
      <section id="established" aria-labelledby="h-established">
        <h2 id="h-established">What is established</h2>
        {brief.established.length === 0 ? (
          <p class="empty">Nothing is carried by two independent sources yet.</p>
        ) : (
          <ul class="statements good">
            {brief.established.map((s) => (
              <Item key={s.ref + s.text} s={s} outlets={outlets} />
            ))}
          </ul>
        )}
      </section>
      <section id="disputed" aria-labelledby="h-disputed">
        <h2 id="h-disputed">What is disputed</h2>
        {brief.disputed.length === 0 ? (
          <p class="empty">No disputes found.</p>
        ) : (
          <ul class="statements warn">
            {brief.disputed.map((s) => (
              <Item key={s.ref + s.text} s={s} outlets={outlets} />
            ))}
          </ul>
        )}
      </section>
      {brief.singleSource.length > 0 && (
        <details class="single">
          <summary>{plural(brief.singleSource.length, "statement")} resting on a single source</summary>
          <ul class="statements">
            {brief.singleSource.map((s) => (
              <Item key={s.ref + s.text} s={s} outlets={outlets} />
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
