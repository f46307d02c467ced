import type { StoryEntityRow, StoryEvent } from "../crosscheck/brief.ts";
import { injuredText, killedText, placeText } from "../crosscheck/toll-text.ts";
import { esc } from "./brief-escape.ts";

/** "Sabrina Singh, Pentagon spokesperson (also Singh; 5 articles)". */
export function entityText(e: StoryEntityRow): string {
  const also = e.aliases.length > 0 ? `also ${e.aliases.slice(0, 4).join(", ")}; ` : "";
  const n = e.articleIds.length === 1 ? "1 article" : `${e.articleIds.length} articles`;
  return `${e.name}${e.title ? `, ${e.title}` : ""} (${also}${n})`;
}

/** "Russia (5), Ukraine (5)": names with the number of articles naming them. */
export function entityList(list: StoryEntityRow[]): string {
  return list.map((e) => `${e.name} (${e.articleIds.length})`).join(", ");
}

/** The events table of the HTML brief. */
export function eventsHtml(events: StoryEvent[], cite: (ids: string[]) => string): string {
  if (events.length === 0) return `<p class="muted">No attacks or incidents found.</p>`;
  const cell = (label: string, html: string, cls = "") =>
    `<td${cls ? ` class="${cls}"` : ""} data-label="${label}"><span>${html}</span></td>`;
  const rows = events.map((e) => {
    const badge = e.disputed ? `<span class="badge b-disputed">disputed</span>` : "";
    return `<tr${e.disputed ? ' class="disputed"' : ""}>${cell("Date", esc(e.date ?? "unknown"), "date")}${cell("Event", esc(e.type) + badge)}${cell("Place", esc(placeText(e)))}${cell("Killed", esc(killedText(e)), "num")}${cell("Injured", esc(injuredText(e)), "num")}${cell("Reported by", cite(e.articleIds))}</tr>`;
  });
  return `<div class="scroll"><table class="events stack"><thead><tr><th>Date</th><th>Event</th><th>Place</th><th>Killed</th><th>Injured</th><th>Reported by</th></tr></thead><tbody>${rows.join("")}</tbody></table></div>`;
}

/** People as a list, organisations and places as one line each. */
export function namedHtml(b: {
  people: StoryEntityRow[];
  organizations: StoryEntityRow[];
  places: StoryEntityRow[];
}): string {
  const people = (b.people ?? []).map((e) => `<li>${esc(entityText(e))}</li>`).join("");
  const line = (label: string, list: StoryEntityRow[] | undefined) =>
    list?.length ? `<p><b>${label}:</b> ${esc(entityList(list))}</p>` : "";
  const body = `${people ? `<h3>People</h3><ul>${people}</ul>` : ""}${line("Organisations", b.organizations)}${line("Places", b.places)}`;
  return body || `<p class="muted">No names found.</p>`;
}
