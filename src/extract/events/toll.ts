import { credible } from "./credible.ts";

/** One report of a toll: its figure, the day the report was published and the article that gave it. */
export interface TollReport {
  value: number;
  day: string | null;
  /** The article: one source's figures count once however often it repeats them. */
  source?: string;
}

/** The figures one day's reports give, lowest first. */
export interface TollDay {
  date: string;
  values: number[];
}

export interface Toll {
  /** The lowest credible figure (see credible.ts): a one-off outlier does not set it. */
  lowest: number | null;
  /** The lowest credible figure of the latest day's reports. */
  latest: number | null;
  /** Report days in order with all their figures (only days with a known date). */
  days: TollDay[];
  /** Credible figures rose from one report day to the next. */
  rising: boolean;
  /** Reports of one day differ, or a later day gives less than an earlier one (outliers included). */
  disputed: boolean;
  /** Figures set aside as one-off outliers, lowest first. */
  outliers: number[];
}

function byDay(reports: TollReport[]): TollDay[] {
  const out = new Map<string, Set<number>>();
  for (const r of reports) if (r.day) out.set(r.day, (out.get(r.day) ?? new Set()).add(r.value));
  return [...out.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, v]) => ({ date, values: [...v].sort((x, y) => x - y) }));
}

/** Whether figures moved between days: any later day lower (disputed) or higher (rising). */
function moves(days: TollDay[]): { rising: boolean; falling: boolean } {
  let rising = false;
  let falling = false;
  for (let i = 1; i < days.length; i++) {
    const before = Math.max(...days[i - 1].values);
    const now = Math.min(...days[i].values);
    if (now < before) falling = true;
    else if (now > before) rising = true;
  }
  return { rising, falling };
}

/**
 * How a toll moved across reports: an update when it only rises day by day, else a dispute. The lowest and
 * latest figures come from the credible reports only; the dispute flag and the days show every figure.
 */
export function tollOf(reports: TollReport[]): Toll {
  const values = reports.map((r) => r.value);
  const kept = credible(reports);
  const keptValues = kept.map((r) => r.value);
  const lowest = keptValues.length > 0 ? Math.min(...keptValues) : null;
  const days = byDay(reports);
  const all = moves(days);
  let disputed = all.falling || days.some((d) => d.values.length > 1);
  // an undated figure fits if some day gives it; otherwise nothing says when it held
  const undated = reports.filter((r) => !r.day).map((r) => r.value);
  if (undated.some((v) => !days.some((d) => d.values.includes(v))) && new Set(values).size > 1)
    disputed = true;
  const keptDays = byDay(kept);
  const last = keptDays.at(-1);
  const outliers = [...new Set(values.filter((v) => !keptValues.includes(v)))].sort((a, b) => a - b);
  return {
    lowest,
    latest: last ? last.values[0] : lowest,
    days,
    rising: moves(keptDays).rising,
    disputed: disputed || outliers.length > 0,
    outliers,
  };
}
