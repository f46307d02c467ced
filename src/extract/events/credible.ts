import type { TollReport } from "./toll.ts";

/** How far from the sources' consensus a figure one source alone gives may lie and still count. */
export const OUTLIER_RATIO = 3;
/** Sources needed before their consensus can outvote a lone figure. */
export const QUORUM = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * The reports whose figure may set an incident's toll. ACLED keeps the lowest figure, but only among figures
 * that describe this incident: a misread ("two more victims", "several" read as 3), the toll of an earlier
 * event named for context, an age. Extraction drops what it recognises (background sentences, ages, years);
 * here the reports check one another:
 * - a figure two or more sources give is corroborated, and counts;
 * - with QUORUM sources or more, the median of their figures (each source's distinct figures once) is the
 *   consensus, and a figure one source alone gives that lies more than OUTLIER_RATIO times below or above
 *   it is an outlier ("1" or "612" against ten reports of 10)...
 * - ...unless it is an early toll: reported on a day before any report of the consensus or more (tolls
 *   rise as bodies are found: 3 on Sunday, then 10 on Monday, is an update, not a misread).
 * With fewer sources nothing outvotes a figure, and every report counts.
 */
export function credible(reports: TollReport[]): TollReport[] {
  const sourceOf = (r: TollReport, i: number) => r.source ?? `#${i}`;
  const bySource = new Map<string, Set<number>>();
  reports.forEach((r, i) => {
    const k = sourceOf(r, i);
    bySource.set(k, (bySource.get(k) ?? new Set()).add(r.value));
  });
  if (bySource.size < QUORUM) return reports;
  const support = new Map<number, number>();
  for (const vs of bySource.values()) for (const v of vs) support.set(v, (support.get(v) ?? 0) + 1);
  const m = median([...bySource.values()].flatMap((vs) => [...vs]));
  const firstAtConsensus = reports
    .filter((r) => r.value >= m && r.day)
    .map((r) => r.day as string)
    .sort()[0];
  return reports.filter((r) => {
    if ((support.get(r.value) ?? 0) >= 2) return true;
    if (r.value * OUTLIER_RATIO >= m && r.value <= m * OUTLIER_RATIO) return true;
    return r.value < m && r.day !== null && firstAtConsensus !== undefined && r.day < firstAtConsensus;
  });
}
