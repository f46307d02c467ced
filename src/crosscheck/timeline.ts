import type { FigureGroup, SourceRow, StoryEvent, TimelineEntry } from "./brief.ts";
import { whenOrder } from "./dates.ts";
import { figureText } from "./figure-values.ts";
import { injuredText, killedText, placeText } from "./toll-text.ts";

/** Sites one is at rather than in: "at Korvel Dam", "in Esterra". */
const AT = /\b(?:Dam|Bridge|Airport|Station|Port|Mine|Plant|Base|Factory|Market|Barracks|Square|Stadium)$/;

const ORIGINALITY_TEXT: Record<SourceRow["originality"], string> = {
  original: "",
  reprint: "reprint of",
  version: "updated version of",
  rewrite: "rewrite of",
  spin: "spun copy of",
  "shared-source": "shares a source with",
};

/** What happened when: events, figures by the day they hold for, and publications. */
export function timeline(
  sources: SourceRow[],
  figures: FigureGroup[],
  events: StoryEvent[],
): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const e of events) {
    const where = e.place ? ` ${AT.test(e.place) ? "at" : "in"} ${placeText(e)}` : "";
    const parts = [`${e.type}${where}`];
    if (e.killed !== null) parts.push(`killed: ${killedText(e)}`);
    if (e.injured !== null) parts.push(`injured: ${injuredText(e)}`);
    const text = parts.join("; ");
    out.push({ at: e.date, kind: "event", text, articleIds: e.articleIds });
  }
  for (const f of figures)
    for (const e of f.entries)
      out.push({
        at: e.date ?? e.when,
        kind: "figure",
        text: `${e.claimant}: ${figureText(e, f.what)}${e.conflict ? " (conflicting)" : ""}`,
        articleIds: e.articleIds,
      });
  const label = new Map(sources.map((s) => [s.articleId, s.label]));
  // Publications of unknown date tell nothing about when: the sources table lists them.
  for (const s of sources.filter((x) => x.publishedAt)) {
    const how = ORIGINALITY_TEXT[s.originality];
    const of = s.of ? ` (${how} ${label.get(s.of) ?? s.of})` : "";
    const title = s.title ? ` \u201c${s.title}\u201d` : "";
    out.push({
      at: s.publishedAt,
      kind: "published",
      text: `${s.outlet ?? s.label} publishes${title}${of}`,
      articleIds: [s.articleId],
    });
  }
  return out.sort((a, b) => order(a.at).localeCompare(order(b.at)));
}

/** ISO times in order, then the text's own words ("last week", "Monday") in week order. */
function order(at: string | null): string {
  return at && /^\d{4}-\d{2}/.test(at)
    ? whenOrder({ date: at, when: null })
    : whenOrder({ date: null, when: at });
}
