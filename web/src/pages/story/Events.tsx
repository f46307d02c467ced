import { injuredText, killedText, placeText } from "../../../../src/crosscheck/toll-text.ts";
import { Badge, fmtDate } from "../../components/format.tsx";
import type { Brief } from "../../types.ts";
import type { Outlets } from "../Story.tsx";

/** Incidents as the sources report them: day, type, place, tolls (latest when they rose), carriers. */
export function Events({ events, outlets }: { events: Brief["events"]; outlets: Outlets }) {
  return (
    <section id="events" aria-labelledby="h-events">
      <h2 id="h-events">Events</h2>
      {events.length === 0 ? (
        <p class="empty">No attacks or incidents found.</p>
      ) : (
        <div class="table-wrap">
          <table class="events stack">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Event</th>
                <th scope="col">Place</th>
                <th scope="col">Killed</th>
                <th scope="col">Injured</th>
                <th scope="col">Reported by</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.eventIds.join(" ")} class={e.disputed ? "disputed" : undefined}>
                  <td data-label="Date">{e.date ? fmtDate(e.date) : "unknown"}</td>
                  <td data-label="Event">
                    {e.type}
                    {e.disputed && (
                      <>
                        {" "}
                        <Badge tone="bad" title="reports of one day differ, or a later one gives less">
                          disputed
                        </Badge>
                      </>
                    )}
                    {!e.disputed && e.updated && (
                      <>
                        {" "}
                        <Badge tone="info" title="the toll rose from one day's reports to the next">
                          updated
                        </Badge>
                      </>
                    )}
                  </td>
                  <td data-label="Place">{placeText(e)}</td>
                  <td data-label="Killed" class="num">
                    {killedText(e)}
                  </td>
                  <td data-label="Injured" class="num">
                    {injuredText(e)}
                  </td>
                  <td data-label="Reported by" class="reporters">
                    {[...new Set(e.articleIds.map((a) => outlets.get(a) ?? a))].join(", ")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
