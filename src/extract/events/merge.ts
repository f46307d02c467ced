import type { Event } from "../../model/index.ts";
import { PlaceLinks } from "./links.ts";
import { placeKey } from "./place.ts";
import { placeScope } from "./scope.ts";
import { type TollDay, tollOf } from "./toll.ts";

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
}

/** What the merge may read besides the events: article texts and publication times. */
export interface MergeContext {
  texts?: Map<string, string>;
  published?: Map<string, string | null>;
}

const GENERIC = new Set(["attack", "violence", "incident"]);

interface Group {
  type: string;
  place: string | null;
  date: string | null;
  members: Event[];
}

/** Types that name one incident differently: a quake that brought buildings down, a bomb's blast. */
const FAMILY: Record<string, string> = {
  disaster: "nature",
  collapse: "nature",
  "dam failure": "nature",
  bombing: "blast",
  "suicide bombing": "blast",
  explosion: "blast",
  fire: "blast",
};
const family = (t: string) => FAMILY[t] ?? t;
const kin = (a: string, b: string) => a === b || GENERIC.has(a) || GENERIC.has(b) || family(a) === family(b);
const sameType = (g: Group, e: Event) => kin(g.type, e.type);
/** "Friday", "yesterday", "early Tuesday" left unresolved (no publication date): each source's own week. */
const RELATIVE =
  /\b(?:today|tonight|yesterday|tomorrow|last night|this morning|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/i;
const resolved = (d: string | null): d is string => d !== null && /\d/.test(d) && !RELATIVE.test(d);
/** "February", "last week": no day, and in a quake's story often an earlier one. */
const vague = (d: string | null) => d !== null && !/\d/.test(d) && !RELATIVE.test(d);
/** Two days conflict only when both name a day of the calendar ("August" alone names none). */
const daysFit = (a: string | null, b: string | null) => !resolved(a) || !resolved(b) || a === b;
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

const reach = (g: Group) => new Set(g.members.map((m) => m.articleId)).size;
const datesFit = (a: Group, b: Group) => daysFit(a.date, b.date);

/** The one candidate most articles report, if one leads (a tie is ambiguous). */
function dominant(cands: Group[]): Group | undefined {
  const [a, b] = [...cands].sort((x, y) => reach(y) - reach(x));
  return a && (!b || reach(a) > reach(b)) ? a : undefined;
}

/** Largest first, then in order of report. */
const byReach = (gs: Group[]) => [...gs].sort((x, y) => reach(y) - reach(x));

function join(groups: Group[], g: Group, to: Group): void {
  to.members.push(...g.members);
  if (GENERIC.has(to.type)) to.type = g.type;
  if (!resolved(to.date) && resolved(g.date)) to.date = g.date;
  to.date ??= g.date;
  groups.splice(groups.indexOf(g), 1);
}

/**
 * Second pass over the groups. A natural disaster (a quake, a storm, not a dam's failure) strikes a region:
 * its placed groups whose days fit join the one most articles report, unless the lexicon knows the place as
 * a country (a quake felt abroad) or the day is only a month ("in February": an earlier quake). Then a group with no place joins the
 * story's one incident of its kin type (the placed one most articles report, if one leads), else pools with
 * another placeless group of that kin: "where" is unknown either way.
 */
function fold(groups: Group[]): void {
  const kinOf = (g: Group) => groups.filter((h) => h !== g && kin(h.type, g.type) && datesFit(h, g));
  for (const g of byReach(groups).reverse()) {
    if (g.type !== "disaster" || !placeKey(g.place) || placeScope(g.place ?? "") > 2 || vague(g.date))
      continue;
    const region = (h: Group) =>
      h !== g &&
      family(h.type) === "nature" &&
      placeKey(h.place) &&
      daysFit(h.date, g.date) &&
      !vague(h.date);
    const [to] = byReach(groups.filter(region));
    if (to && reach(to) >= reach(g)) join(groups, g, to);
  }
  for (const g of byReach(groups).reverse()) {
    if (placeKey(g.place)) continue;
    const fits = kinOf(g);
    const placed = fits.filter((h) => placeKey(h.place));
    const to = dominant(placed) ?? byReach(fits.filter((h) => !placeKey(h.place)))[0];
    if (to) join(groups, g, to);
  }
}

const distinct = (xs: (number | null)[]): number[] =>
  [...new Set(xs.filter((x): x is number => x !== null))].sort((a, b) => a - b);

function merged(g: Group, published: Map<string, string | null>): MergedEvent {
  const reports = (pick: (e: Event) => number | null) =>
    g.members.flatMap((e) => {
      const v = pick(e);
      return v === null ? [] : [{ value: v, day: published.get(e.articleId)?.slice(0, 10) ?? null }];
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
