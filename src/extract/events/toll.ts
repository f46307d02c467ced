/** One report of a toll: its figure and the day the report was published. */
export interface TollReport {
  value: number;
  day: string | null;
}

/** The figures one day's reports give, lowest first. */
export interface TollDay {
  date: string;
  values: number[];
}

export interface Toll {
  /** The lowest figure any report gives. */
  lowest: number | null;
  /** The lowest figure of the latest day's reports. */
  latest: number | null;
  /** Report days in order with their figures (only days with a known date). */
  days: TollDay[];
  /** Figures rose from one report day to the next. */
  rising: boolean;
  /** Reports of one day differ, or a later day gives less than an earlier one. */
  disputed: boolean;
}

/** How a toll moved across reports: an update when it only rises day by day, else a dispute. */
export function tollOf(reports: TollReport[]): Toll {
  const values = reports.map((r) => r.value);
  const lowest = values.length > 0 ? Math.min(...values) : null;
  const byDay = new Map<string, Set<number>>();
  for (const r of reports) if (r.day) byDay.set(r.day, (byDay.get(r.day) ?? new Set()).add(r.value));
  const days = [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, v]) => ({ date, values: [...v].sort((x, y) => x - y) }));
  const undated = reports.filter((r) => !r.day).map((r) => r.value);
  let rising = false;
  let disputed = days.some((d) => d.values.length > 1);
  for (let i = 1; i < days.length; i++) {
    const before = Math.max(...days[i - 1].values);
    const now = Math.min(...days[i].values);
    if (now < before) disputed = true;
    else if (now > before) rising = true;
  }
  // an undated figure fits if some day gives it; otherwise nothing says when it held
  if (undated.some((v) => !days.some((d) => d.values.includes(v))) && new Set(values).size > 1)
    disputed = true;
  const last = days.at(-1);
  const latest = last ? last.values[0] : lowest;
  return { lowest, latest, days, rising, disputed };
}
