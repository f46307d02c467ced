import { Badge, fmtDate } from "../../components/format.tsx";
import type { Brief } from "../../types.ts";
import type { Outlets } from "../Story.tsx";

const FLAG: Record<string, { tone: "bad" | "warn" | "info"; label: string; help: string }> = {
  conflict: {
    tone: "bad",
    label: "conflict",
    help: "the same claimant gave different values for the same day",
  },
  disputed: { tone: "warn", label: "disputed", help: "different claimants give different values" },
  changed: {
    tone: "info",
    label: "changed over time",
    help: "a claimant's figure moved from one day to the next",
  },
};

/** Figures table: one block per thing counted, its entries as a timeline of who said which figure when. */
export function Figures({ figures, outlets }: { figures: Brief["figures"]; outlets: Outlets }) {
  return (
    <section id="figures" aria-labelledby="h-figures">
      <h2 id="h-figures">Figures</h2>
      {figures.length === 0 && <p class="empty">No figures found.</p>}
      {figures.map((g) => (
        <div class="figure-group" key={g.id}>
          <h3>
            {g.what}{" "}
            {g.flags.map((f) => (
              <Badge key={f} tone={FLAG[f]?.tone ?? "info"} title={FLAG[f]?.help}>
                {FLAG[f]?.label ?? f}
              </Badge>
            ))}
          </h3>
          <div class="table-wrap">
            <table class="stack">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Claimant</th>
                  <th scope="col" class="num">
                    Figure
                  </th>
                  <th scope="col">Reported by</th>
                  <th scope="col" class="num">
                    Sources
                  </th>
                </tr>
              </thead>
              <tbody>
                {g.entries.map((e, i) => (
                  <tr key={i} class={e.conflict ? "conflict" : undefined}>
                    <td data-label="When">
                      {e.date ? fmtDate(e.date) : "undated"}
                      {e.dateFrom === "published" && <span class="hint"> (publication)</span>}
                    </td>
                    <td data-label="Claimant">{e.claimant}</td>
                    <td data-label="Figure" class="num">
                      <strong>{e.display}</strong>
                      {e.conflict && (
                        <>
                          {" "}
                          <Badge tone="bad">conflict</Badge>
                        </>
                      )}
                    </td>
                    <td data-label="Reported by">
                      {[...new Set(e.articleIds.map((a) => outlets.get(a) ?? a))].join(", ")}
                    </td>
                    <td data-label="Sources" class="num">
                      {e.origins}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {g.notes.length > 0 && (
            <ul class="notes">
              {g.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
