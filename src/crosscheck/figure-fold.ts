import type { FigureEntry } from "./brief.ts";
import { UNATTRIBUTED } from "./claimants.ts";
import type { Origins } from "./origins.ts";

/**
 * An unattributed figure that an attributed entry of the same group also gives (same value) is
 * that claimant's figure repeated without attribution (a headline, a summary line): fold it in,
 * preferring the entry of the same day.
 */
export function foldUnattributed(entries: FigureEntry[], origins: Origins): FigureEntry[] {
  const attributed = entries.filter((e) => e.claimant !== UNATTRIBUTED);
  const out = entries.filter((e) => e.claimant !== UNATTRIBUTED);
  for (const e of entries) {
    if (e.claimant !== UNATTRIBUTED) continue;
    const same = attributed.filter((a) => a.value === e.value && a.valueMax === e.valueMax);
    const home = same.find((a) => a.date === e.date) ?? same[0];
    if (!home) {
      out.push(e);
      continue;
    }
    home.claimIds = [...home.claimIds, ...e.claimIds];
    home.articleIds = [...new Set([...home.articleIds, ...e.articleIds])];
    home.origins = origins.count(home.articleIds);
  }
  return out;
}

/** An undated figure that the same claimant also gives on a known day is that day's figure. */
export function foldUndated(entries: FigureEntry[], origins: Origins): FigureEntry[] {
  const out = entries.filter((e) => e.date !== null || e.when !== null);
  for (const e of entries) {
    if (e.date !== null || e.when !== null) continue;
    const same = out.filter(
      (a) => a.claimant === e.claimant && a.value === e.value && a.valueMax === e.valueMax,
    );
    if (same.length !== 1) {
      out.push(e);
      continue;
    }
    const home = same[0];
    home.claimIds = [...home.claimIds, ...e.claimIds];
    home.articleIds = [...new Set([...home.articleIds, ...e.articleIds])];
    home.origins = origins.count(home.articleIds);
  }
  return out;
}
