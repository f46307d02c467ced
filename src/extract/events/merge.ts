import type { Event } from "../../model/index.ts";
import { daysFit, fold, GENERIC, type Group, kin, resolved } from "./fold.ts";
import { PlaceLinks } from "./links.ts";
import { placeKey } from "./place.ts";
import { type TollDay, tollOf } from "./toll.ts";

/** One incident as several sources report it. */
export interface MergedEvent {
  type: string;
  place: string | null;
  date: string | null;
  /** The lowest credible figure (null when none gives one): a one-off outlier does not set it. */
  killed: number | null;
  injured: number | null;
  /** Every distinct figure reported, lowest first. */
  killedReported: number[];
  injuredReported: number[];
  /** Reports of one day differ, or a later day gives less than an earlier one. */
  disputed: boolean;
  eventIds: string[];
  articleIds: string[];
  /** The lowest figure of the latest day's reports: the toll to print when it rose over the days. */
  killedLatest: number | null;
  injuredLatest: number | null;
  /** The figures by the day they were reported, in order. */
  killedByDay: TollDay[];
  injuredByDay: TollDay[];
  /** The figures rose from one day's reports to the next (an update, not a dispute). */
  updated: boolean;
  /** Other places the sources name as part of this incident ("Esterra" for "Korvel Dam"). */
  alsoPlaces: string[];
  /** Figures one report gave, far from what the others agree on, set aside from the toll (lowest first). */
  killedSetAside: number[];
  injuredSetAside: number[];
}

/** What the merge may read besides the events: article texts and publication times. */
export interface MergeContext {
  texts?: Map<string, string>;
  published?: Map<string, string | null>;
}

const sameType = (g: Group, e: Event) => kin(g.type, e.type);
const dayFits = (g: Group, e: Event) => daysFit(g.date, e.date);

/** Groups the same incident across sources; keeps the lowest and the latest figures. */
export function mergeEvents(events: Event[], ctx: MergeContext = {}): MergedEvent[] {
  const links = new PlaceLinks(events, ctx.texts ?? new Map());
  // a placed report joins a group whose every place is its own or holds it or lies in it
  const fitsPlace = (g: Group, k: string) =>
    g.members.every((m) => {
      const mk = placeKey(m.place);
      return !mk || links.near(mk, k);
    });
  const groups: Group[] = [];
  // placed events first: an unplaced report then joins the one incident of its type
  const placed = events.filter((e) => placeKey(e.place));
  for (const e of [...placed, ...events.filter((e) => !placeKey(e.place))]) {
    const k = placeKey(e.place);
    const fits = groups.filter(
      (g) => dayFits(g, e) && (k ? fitsPlace(g, k) && sameType(g, e) : g.type === e.type),
    );
    // several candidates: the one reported for the same day, if only one is
    const sameDay = fits.filter((x) => e.date !== null && x.date === e.date);
    const one = fits.length === 1 ? fits[0] : sameDay.length === 1 ? sameDay[0] : undefined;
    // a placed report: the group of its own place, else the one group near it (two: ambiguous)
    const own = k ? fits.find((x) => x.members.some((m) => placeKey(m.place) === k)) : undefined;
    const g = k ? (own ?? (fits.length === 1 ? fits[0] : undefined)) : one;
    if (!g) {
      groups.push({ type: e.type, place: e.place, date: e.date, members: [e] });
      continue;
    }
    g.members.push(e);
    if (GENERIC.has(g.type)) g.type = e.type;
    if (!resolved(g.date) && resolved(e.date)) g.date = e.date;
    g.date ??= e.date;
  }
  fold(groups);
  for (const g of groups) {
    // name the incident by its most precise place: "Korvel Dam" rather than "Esterra"
    const inner = g.members.find((e) => links.isInner(placeKey(e.place)));
    if (inner && !links.isInner(placeKey(g.place))) g.place = inner.place;
  }
  return groups.map((g) => merged(g, ctx.published ?? new Map()));
}

const distinct = (xs: (number | null)[]): number[] =>
  [...new Set(xs.filter((x): x is number => x !== null))].sort((a, b) => a - b);

function merged(g: Group, published: Map<string, string | null>): MergedEvent {
  const reports = (pick: (e: Event) => number | null) =>
    g.members.flatMap((e) => {
      const v = pick(e);
      const day = published.get(e.articleId)?.slice(0, 10) ?? null;
      return v === null ? [] : [{ value: v, day, source: e.articleId }];
    });
  const killed = tollOf(reports((e) => e.killed));
  const injured = tollOf(reports((e) => e.injured));
  const also = new Map<string, string>();
  for (const e of g.members) {
    const k = placeKey(e.place);
    if (e.place && k && k !== placeKey(g.place) && !also.has(k)) also.set(k, e.place);
  }
  return {
    type: g.type,
    place: g.place,
    date: g.date,
    killed: killed.lowest,
    injured: injured.lowest,
    killedReported: distinct(g.members.map((x) => x.killed)),
    injuredReported: distinct(g.members.map((x) => x.injured)),
    disputed: killed.disputed || injured.disputed,
    eventIds: g.members.map((x) => x.id),
    articleIds: [...new Set(g.members.map((x) => x.articleId))],
    killedLatest: killed.latest,
    injuredLatest: injured.latest,
    killedByDay: killed.days,
    injuredByDay: injured.days,
    updated: killed.rising || injured.rising,
    alsoPlaces: [...also.values()],
    killedSetAside: killed.outliers,
    injuredSetAside: injured.outliers,
  };
}

/**
 * The incidents a brief lists: in a story of several articles, an incident that one article alone names and
 * that no casualty figure backs is a passing mention (another incident, a background event, a misreading).
 */
export function briefEvents(events: MergedEvent[], articleCount: number): MergedEvent[] {
  if (articleCount < 2) return events;
  return events.filter((e) => e.killed !== null || e.injured !== null || e.articleIds.length > 1);
}
