import type { StoryEvent } from "./brief.ts";

type Toll = Pick<StoryEvent, "disputed" | "updated"> & {
  lowest: number | null;
  reported: number[];
  latest: number | null;
  byDay: { date: string; values: number[] }[];
  setAside: number[];
};

const n = (x: number): string => x.toLocaleString("en-US");
const list = (xs: number[]): string => xs.map(n).join(", ");

/**
 * A toll as the brief prints it: "9"; for a toll that rose over the days, the latest day's figure
 * ("12 (latest, 2026-03-10; earlier 6 on 2026-03-08)"), "at least" the lowest when that day's reports
 * differ; otherwise, when sources differ, the lowest ("at least 9 (reports: 9, 14)"); figures set aside as
 * outliers are named in the parentheses ("at least 10 (reports: 3, 10; outliers set aside: 3)"). "" for none.
 */
export function tollText(t: Toll): string {
  const text = tollFigure(t);
  if (!text || t.setAside.length === 0) return text;
  const note = `outliers set aside: ${list(t.setAside)}`;
  return text.endsWith(")") ? `${text.slice(0, -1)}; ${note})` : `${text} (${note})`;
}

function tollFigure(t: Toll): string {
  if (t.lowest === null) return "";
  if (t.reported.length < 2) return n(t.lowest);
  const last = t.byDay.at(-1);
  if (t.updated && last && t.latest !== null) {
    const earlier = t.byDay
      .slice(0, -1)
      .map((d) => `${list(d.values)} on ${d.date}`)
      .join("; ");
    if (last.values.length === 1) return `${n(t.latest)} (latest, ${last.date}; earlier ${earlier})`;
    return `at least ${n(t.latest)} (${last.date} reports: ${list(last.values)}; earlier ${earlier})`;
  }
  return `at least ${n(t.lowest)} (reports: ${list(t.reported)})`;
}

export function killedText(e: StoryEvent): string {
  return tollText({
    ...e,
    lowest: e.killed,
    reported: e.killedReported,
    latest: e.killedLatest ?? null,
    byDay: e.killedByDay ?? [],
    setAside: e.killedSetAside ?? [],
  });
}

export function injuredText(e: StoryEvent): string {
  return tollText({
    ...e,
    lowest: e.injured,
    reported: e.injuredReported,
    latest: e.injuredLatest ?? null,
    byDay: e.injuredByDay ?? [],
    setAside: e.injuredSetAside ?? [],
  });
}

/** "Korvel Dam (also Esterra)". */
export function placeText(e: StoryEvent): string {
  const also = e.alsoPlaces ?? [];
  return `${e.place ?? "unknown"}${also.length > 0 ? ` (also ${also.join(", ")})` : ""}`;
}
