import type { FigureEntry, FigureFlag } from "./brief.ts";
import { UNATTRIBUTED } from "./claimants.ts";
import { dayKey } from "./dates.ts";
import { compatible } from "./figure-values.ts";
import { groupBy } from "./tally.ts";

export interface Issue {
  kind: FigureFlag;
  text: string;
  entries: FigureEntry[];
}

/**
 * Reads one figure group's entries (sorted by date):
 * - conflict: one claimant, one day, values that cannot both hold (entries get `conflict`);
 * - changed: one claimant gave another figure on a later day (a timeline, not a conflict);
 * - disputed: the latest figures of two claimants disagree.
 */
export function classify(
  all: FigureEntry[],
  what: string,
  spun: Set<string> = new Set(),
): { flags: FigureFlag[]; issues: Issue[] } {
  // Shown but flagging nothing: figures only a spun copy gives (spinning garbles words and dates)
  // and figures nobody is named for (a conflict needs one claimant).
  const entries = all.filter((e) => e.claimant !== UNATTRIBUTED && e.articleIds.some((id) => !spun.has(id)));
  const flags = new Set<FigureFlag>();
  const issues: Issue[] = [];
  const note = (kind: FigureFlag, text: string, es: FigureEntry[]) => {
    flags.add(kind);
    issues.push({ kind, text, entries: es });
  };
  const byClaimant = groupBy(entries, (e) => e.claimant);
  for (const [claimant, list] of byClaimant) {
    const days = groupBy(list, (e) => dayKey(e) ?? "");
    for (const [day, same] of days) {
      // Two figures of unknown date may be an estimate and its update: no conflict without a day.
      if (day === "" || allCompatible(same)) continue;
      for (const e of same) e.conflict = true;
      note(
        "conflict",
        `Conflict: ${claimant} on ${dayText(same[0])}: ${same.map(shown).join(" vs ")} ${what}.`,
        same,
      );
    }
    const steps = [...days.values()].filter((d) => dayKey(d[0]) !== null);
    for (let i = 1; i < steps.length; i++) {
      if (!steps[i].some((e) => steps[i - 1].every((p) => p.value !== e.value || p.valueMax !== e.valueMax)))
        continue;
      const from = steps[i - 1].map(shown).join("/");
      const to = steps[i].map(shown).join("/");
      note(
        "changed",
        `${claimant}: ${from} (${dayText(steps[i - 1][0])}) then ${to} (${dayText(steps[i][0])}): changed over time, not a conflict.`,
        [...steps[i - 1], ...steps[i]],
      );
    }
  }
  // A claimant's latest figure is that of its latest known day; undated ones only when none is dated.
  const latest = [...byClaimant].map(([c, list]) => {
    const dated = list.filter((e) => dayKey(e) !== null);
    const pool = dated.length > 0 ? dated : list;
    return { c, last: pool.filter((e) => dayKey(e) === dayKey(pool[pool.length - 1])) };
  });
  const clash = latest.some((a, i) =>
    latest.slice(i + 1).some((b) => !a.last.some((x) => b.last.some((y) => compatible(x, y)))),
  );
  if (clash) {
    const says = latest.map((x) => `${x.c} says ${x.last.map(shown).join("/")}`).join("; ");
    note(
      "disputed",
      `Claimants disagree on ${what}: ${says}.`,
      latest.flatMap((x) => x.last),
    );
  }
  return { flags: (["conflict", "disputed", "changed"] as const).filter((f) => flags.has(f)), issues };
}

function allCompatible(list: FigureEntry[]): boolean {
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) if (!compatible(list[i], list[j])) return false;
  return true;
}

function shown(e: FigureEntry): string {
  return e.display;
}

export function dayText(e: FigureEntry): string {
  return e.date ?? e.when ?? "date unknown";
}
