import { plural } from "../../components/format.tsx";
import type { Brief } from "../../types.ts";

type Row = Brief["people"][number];

function count(e: Row): string {
  return plural(e.articleIds.length, "article");
}

/** People, organisations and places the story's articles name, with how many articles name each. */
export function Named({ brief }: { brief: Brief }) {
  const people = brief.people ?? [];
  const orgs = brief.organizations ?? [];
  const places = brief.places ?? [];
  const none = people.length + orgs.length + places.length === 0;
  return (
    <section id="named" aria-labelledby="h-named">
      <h2 id="h-named">Named in the story</h2>
      {none && <p class="empty">No names found.</p>}
      {people.length > 0 && (
        <>
          <h3 id="h-people">People</h3>
          <ul class="named people" aria-labelledby="h-people">
            {people.map((e) => (
              <li key={e.name}>
                <strong>{e.name}</strong>
                {e.title && <span>, {e.title}</span>}
                <span class="carriers">
                  {" "}
                  ({e.aliases.length > 0 ? `also ${e.aliases.slice(0, 4).join(", ")}; ` : ""}
                  {count(e)})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <NameLine id="h-orgs" label="Organisations" rows={orgs} />
      <NameLine id="h-places" label="Places" rows={places} />
    </section>
  );
}

function NameLine({ id, label, rows }: { id: string; label: string; rows: Row[] }) {
  if (rows.length === 0) return null;
  return (
    <>
      <h3 id={id}>{label}</h3>
      <ul class="named inline" aria-labelledby={id}>
        {rows.map((e) => (
          <li key={e.name} title={count(e)}>
            {e.name} <span class="carriers">({e.articleIds.length})</span>
          </li>
        ))}
      </ul>
    </>
  );
}
