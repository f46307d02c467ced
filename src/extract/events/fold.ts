import type { Event } from "../../model/index.ts";
import { placeKey } from "./place.ts";
import { placeScope } from "./scope.ts";

// Groups of reports, kin types and days, and the second pass that folds groups of one incident.
/** Types so generic they fit any other. */
export const GENERIC = new Set(["attack", "violence", "incident"]);

export interface Group {
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
export const kin = (a: string, b: string) =>
  a === b || GENERIC.has(a) || GENERIC.has(b) || family(a) === family(b);
/** "Friday", "yesterday", "early Tuesday" left unresolved (no publication date): each source's own week. */
const RELATIVE =
  /\b(?:today|tonight|yesterday|tomorrow|last night|this morning|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/i;
export const resolved = (d: string | null): d is string => d !== null && /\d/.test(d) && !RELATIVE.test(d);
/** "February", "last week": no day, and in a quake's story often an earlier one. */
const vague = (d: string | null) => d !== null && !/\d/.test(d) && !RELATIVE.test(d);
/** Two days conflict only when both name a day of the calendar ("August" alone names none). */
export const daysFit = (a: string | null, b: string | null) => !resolved(a) || !resolved(b) || a === b;
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
export function fold(groups: Group[]): void {
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
