import type { FigureGroup, QuoteGroup, Statement } from "./brief.ts";
import type { Issue } from "./figure-flags.ts";
import { figureText } from "./figure-values.ts";
import type { Origins } from "./origins.ts";
import { quoteStatement } from "./quote-display.ts";

export interface Statements {
  established: Statement[];
  disputed: Statement[];
  singleSource: Statement[];
}

/**
 * Sorts what the story says: established (>= 2 independent origins), disputed (figures in
 * conflict or claimants disagreeing) and single-source. A figure in conflict is never established.
 */
export function statements(
  quotes: QuoteGroup[],
  figures: FigureGroup[],
  issues: Map<string, Issue[]>,
  origins: Origins,
): Statements {
  const out: Statements = { established: [], disputed: [], singleSource: [] };
  for (const g of quotes) {
    const s: Statement = {
      kind: "quote",
      text: quoteStatement(g.speaker, g.text, g.kind),
      ref: g.id,
      articleIds: [...new Set(g.versions.filter((v) => !v.altered).flatMap((v) => v.articleIds))],
      origins: g.origins,
    };
    (g.origins >= 2 ? out.established : out.singleSource).push(s);
  }
  for (const f of figures) {
    for (const s of figureStatements(f, origins))
      (s.origins >= 2 ? out.established : out.singleSource).push(s);
    for (const issue of issues.get(f.id) ?? []) {
      if (issue.kind === "changed") continue;
      const articleIds = [...new Set(issue.entries.flatMap((e) => e.articleIds))];
      out.disputed.push({
        kind: "figure",
        text: issue.text,
        ref: f.id,
        articleIds,
        origins: origins.count(articleIds),
      });
    }
  }
  const order = (a: Statement, b: Statement) => b.origins - a.origins || a.text.localeCompare(b.text);
  out.established.sort(order);
  out.singleSource.sort(order);
  return out;
}

/** One statement per claimant and value, over all days it was reported for. */
function figureStatements(f: FigureGroup, origins: Origins): Statement[] {
  const byKey = new Map<string, { text: string; articleIds: Set<string>; dates: Set<string> }>();
  for (const e of f.entries) {
    if (e.conflict) continue;
    const k = `${e.claimant}\u0000${e.value}\u0000${e.valueMax}`;
    let s = byKey.get(k);
    if (!s)
      byKey.set(
        k,
        (s = { text: `${e.claimant}: ${figureText(e, f.what)}`, articleIds: new Set(), dates: new Set() }),
      );
    for (const id of e.articleIds) s.articleIds.add(id);
    const day = e.date ?? e.when;
    if (day) s.dates.add(day);
  }
  return [...byKey.values()].map((s) => {
    const articleIds = [...s.articleIds];
    const dates = [...s.dates].sort();
    return {
      kind: "figure" as const,
      text: dates.length > 0 ? `${s.text} (${dates.join(", ")})` : s.text,
      ref: f.id,
      articleIds,
      origins: origins.count(articleIds),
    };
  });
}
