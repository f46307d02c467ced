import type { Event } from "../../model/index.ts";
import { placeKey } from "./place.ts";

/** One incident as several sources report it. */
export interface MergedEvent {
  type: string;
  place: string | null;
  date: string | null;
  /** The lowest figure any source gives (null when none gives one). */
  killed: number | null;
  injured: number | null;
  /** Every distinct figure reported, lowest first. */
  killedReported: number[];
  injuredReported: number[];
  /** True when sources give different killed or injured figures. */
  disputed: boolean;
  eventIds: string[];
  articleIds: string[];
}

const GENERIC = new Set(["attack", "violence", "incident"]);

function compatible(m: MergedEvent, e: Event): boolean {
  const k = placeKey(e.place);
  if (!k || k !== placeKey(m.place)) return false;
  if (m.date && e.date && m.date !== e.date) return false;
  return m.type === e.type || GENERIC.has(m.type) || GENERIC.has(e.type);
}

/** A report without a place and a placed incident of the same type and stated day. */
function sameDay(m: MergedEvent, e: Event): boolean {
  return m.date !== null && m.date === e.date && m.type === e.type;
}

const distinct = (xs: (number | null)[]): number[] =>
  [...new Set(xs.filter((x): x is number => x !== null))].sort((a, b) => a - b);

/** Groups the same incident across sources; keeps the lowest figures and flags disagreement. */
export function mergeEvents(events: Event[]): MergedEvent[] {
  const groups: { m: MergedEvent; members: Event[] }[] = [];
  // placed events first: an unplaced report then joins the one incident of its type and date
  const placed = events.filter((e) => placeKey(e.place));
  for (const e of [...placed, ...events.filter((e) => !placeKey(e.place))]) {
    const fits = placeKey(e.place) ? [] : groups.filter((x) => sameDay(x.m, e));
    const g = placeKey(e.place)
      ? groups.find((x) => compatible(x.m, e))
      : fits.length === 1
        ? fits[0]
        : undefined;
    if (g) {
      g.members.push(e);
      if (GENERIC.has(g.m.type)) g.m.type = e.type;
      g.m.date ??= e.date;
    } else {
      const m: MergedEvent = {
        type: e.type,
        place: e.place,
        date: e.date,
        killed: null,
        injured: null,
        killedReported: [],
        injuredReported: [],
        disputed: false,
        eventIds: [],
        articleIds: [],
      };
      groups.push({ m, members: [e] });
    }
  }
  return groups.map(({ m, members }) => {
    const killedReported = distinct(members.map((x) => x.killed));
    const injuredReported = distinct(members.map((x) => x.injured));
    return {
      ...m,
      killed: killedReported[0] ?? null,
      injured: injuredReported[0] ?? null,
      killedReported,
      injuredReported,
      disputed: killedReported.length > 1 || injuredReported.length > 1,
      eventIds: members.map((x) => x.id),
      articleIds: [...new Set(members.map((x) => x.articleId))],
    };
  });
}
