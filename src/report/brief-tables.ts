import type { FigureGroup, SourceRow } from "../crosscheck/brief.ts";
import { esc } from "./brief-escape.ts";
import { FLAG_TEXT, originalityText, outletText, shortTime } from "./brief-text.ts";

type Labels = Map<string, string>;

/** A cell that can stack on a phone: its label shows before the (already escaped) content. */
function td(label: string, html: string, cls = ""): string {
  return `<td${cls ? ` class="${cls}"` : ""} data-label="${label}"><span>${html}</span></td>`;
}

/** The figures table: one row per claimant, day and value, grouped by what is counted. */
export function figuresHtml(figures: FigureGroup[], cite: (ids: string[]) => string): string {
  if (figures.length === 0) return `<p class="muted">No figures found.</p>`;
  const rows = figures.flatMap((f) => {
    const flags = f.flags.map((x) => `<span class="badge b-${x}">${FLAG_TEXT[x]}</span>`).join("");
    const head = `<tr><th colspan="5">${esc(f.what)}${flags}</th></tr>`;
    const entries = f.entries.map((e) => {
      const date = e.date
        ? `${e.date}${e.dateFrom === "published" ? ' <span class="muted">(reported)</span>' : ""}`
        : esc(e.when ?? "unknown");
      const fig = esc(e.display) + (e.conflict ? `<span class="badge b-conflict">conflict</span>` : "");
      return `<tr${e.conflict ? ' class="conflict"' : ""}>${td("Date", date, "date")}${td("Claimant", esc(e.claimant))}${td("Figure", fig, "num")}${td("Reported by", cite(e.articleIds))}${td("Independent sources", String(e.origins), "num")}</tr>`;
    });
    const notes = f.notes.length
      ? `<tr><td colspan="5" class="muted">${f.notes.map(esc).join("<br>")}</td></tr>`
      : "";
    return [head, ...entries, notes];
  });
  return `<div class="scroll"><table class="figures stack"><thead><tr><th>Date</th><th>Claimant</th><th>Figure</th><th>Reported by</th><th>Independent sources</th></tr></thead><tbody>${rows.join("")}</tbody></table></div>`;
}

/** The sources table: outlet, date and originality of every article, with its origin letter. */
export function sourcesHtml(sources: SourceRow[], labels: Labels): string {
  const rows = sources.map(
    (s) =>
      `<tr>${td("Origin", esc(s.origin))}${td("Outlet", esc(outletText(s)))}${td("Published", esc(shortTime(s.publishedAt)), "date")}${td("Title", esc(s.title ?? ""))}${td("Originality", esc(originalityText(s, labels)))}</tr>`,
  );
  return `<div class="scroll"><table class="sources stack"><thead><tr><th>Origin</th><th>Outlet</th><th>Published</th><th>Title</th><th>Originality</th></tr></thead><tbody>${rows.join("")}</tbody></table></div>`;
}
