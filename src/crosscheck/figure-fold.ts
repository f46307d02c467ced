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
    absorb(home, e, origins);
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
    absorb(home, e, origins);
  }
  return out;
}

/**
 * A claimant's figure that articles only repeat, each dated by its publication ("120 homes" in
 * Sunday's and Monday's reports), is one entry dated by its first report, unless the claimant gave
 * another figure in between or on that day.
 */
export function foldRepeated(entries: FigureEntry[], origins: Origins): FigureEntry[] {
  const sorted = [...entries].sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""));
  const out: FigureEntry[] = [];
  for (const e of sorted) {
    const home = e.dateFrom === "published" ? lastOf(out, e.claimant) : undefined;
    // another figure of the same claimant that day would be a conflict to show, not to fold away
    const rival = entries.some((o) => o.claimant === e.claimant && o.date === e.date && o.value !== e.value);
    if (
      rival ||
      !home ||
      home.dateFrom !== "published" ||
      home.value !== e.value ||
      home.valueMax !== e.valueMax ||
      home.qualifier !== e.qualifier
    ) {
      out.push(e);
      continue;
    }
    absorb(home, e, origins);
  }
  return out;
}

/** `e` counts as `home` from now on: its claims and articles join home's. */
function absorb(home: FigureEntry, e: FigureEntry, origins: Origins): void {
  home.claimIds = [...home.claimIds, ...e.claimIds];
  home.articleIds = [...new Set([...home.articleIds, ...e.articleIds])];
  home.origins = origins.count(home.articleIds);
}

function lastOf(out: FigureEntry[], claimant: string): FigureEntry | undefined {
  for (let i = out.length - 1; i >= 0; i--) if (out[i].claimant === claimant) return out[i];
  return undefined;
}
