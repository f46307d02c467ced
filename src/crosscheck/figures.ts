import type { Claim } from "../model/index.ts";
import type { FigureEntry, FigureGroup } from "./brief.ts";
import type { Claimants } from "./claimants.ts";
import { dayKey, resolveWhen, whenOrder } from "./dates.ts";
import { classify, type Issue } from "./figure-flags.ts";
import { foldRepeated, foldUnattributed, foldUndated } from "./figure-fold.ts";
import { display } from "./figure-values.ts";
import type { Origins } from "./origins.ts";
import { salient } from "./salience.ts";
import { mostFrequent } from "./tally.ts";
import { type WhatKey, whatId, whatOf } from "./what.ts";
import { refineWhat } from "./what-refine.ts";

export interface FigureScope {
  storyId: string;
  origins: Origins;
  claimants: Claimants;
  dates: Map<string, string | null>;
  /** Article texts, to read what a bare count ("people") counts. */
  texts: Map<string, string>;
  /** Spun copies: garbled words and dates, so their figures raise no flags on their own. */
  spun: Set<string>;
}

interface Bucket {
  key: WhatKey;
  claims: Claim[];
}

/** Claims with `what` made specific enough to compare ("people" -> "people missing"). */
function refined(claims: Claim[], texts: Map<string, string>): Claim[] {
  const out: Claim[] = [];
  for (const c of claims) {
    // "dozens", "tens of thousands": no precise figure to agree or conflict with
    if (c.vague) continue;
    const text = texts.get(c.articleId) ?? "";
    if (c.what?.trim()) out.push({ ...c, what: refineWhat(c.what, text, c.span) });
    else if (c.unit) {
      // No `what`, but a counted unit ("six [people] are confirmed dead"): usable once the clause says what.
      const what = refineWhat(c.unit, text, c.span);
      if (what !== c.unit) out.push({ ...c, what });
    }
  }
  return out;
}

/** Claims grouped by what they count; inside, one entry per claimant, day and value. */
export function groupFigures(
  claims: Claim[],
  scope: FigureScope,
): { groups: FigureGroup[]; claims: Claim[]; issues: Map<string, Issue[]> } {
  const issuesOf = new Map<string, Issue[]>();
  const buckets = bucketByWhat(refined(claims, scope.texts)).filter((b) =>
    salient(b.key, b.claims, scope.origins.count(b.claims.map((c) => c.articleId))),
  );
  const groupOf = new Map<string, string>();
  const groups = buckets.map((b, i) => {
    const id = `${scope.storyId}/f${i + 1}`;
    for (const c of b.claims) groupOf.set(c.id, id);
    const what = mostFrequent(b.claims.map((c) => (c.what ?? "").trim())) ?? "";
    const entries = entriesOf(b.claims, scope);
    const { flags, issues } = classify(entries, what, scope.spun);
    issuesOf.set(id, issues);
    return { id, what, flags, entries, notes: issues.map((x) => x.text) };
  });
  const out = claims.map((c) => ({ ...c, group: groupOf.get(c.id) ?? null }));
  return { groups, claims: out, issues: issuesOf };
}

function bucketByWhat(claims: Claim[]): Bucket[] {
  const byId = new Map<string, Bucket>();
  for (const c of claims) {
    const key = whatOf(c.what ?? "", c.unit);
    // "2,000 more troops" adds to a total: never in the group of totals
    const id = `${isMore(c) ? "more " : ""}${whatId(key)}`;
    const b = byId.get(id);
    if (b) b.claims.push(c);
    else byId.set(id, { key, claims: [c] });
  }
  // A stray count with no state ("homes") joins the one larger group of the same noun that has one.
  const all = [...byId.values()];
  const out: Bucket[] = [];
  for (const b of all) {
    const homes = all.filter((o) => o !== b && o.key.head === b.key.head && o.key.states.length > 0);
    const more = b.claims.some(isMore) || homes.some((h) => h.claims.some(isMore));
    if (!more && b.key.states.length === 0 && homes.length === 1 && homes[0].claims.length > b.claims.length)
      homes[0].claims.push(...b.claims);
    else out.push(b);
  }
  return out.sort((a, b) => b.claims.length - a.claims.length);
}

const isMore = (c: Claim): boolean => /^more\b/.test(c.what ?? "");

interface Pending {
  c: Claim[];
  claimant: string;
  date: string | null;
  when: string | null;
  from: FigureEntry["dateFrom"];
}

function entriesOf(claims: Claim[], scope: FigureScope): FigureEntry[] {
  const byKey = new Map<string, Pending>();
  for (const c of claims) {
    const claimant = scope.claimants.key(c.claimant);
    const w = resolveWhen(c.when, scope.dates.get(c.articleId) ?? null);
    const k = [claimant, dayKey({ date: w.date, when: w.label }), c.value, c.valueMax].join("\u0000");
    const e = byKey.get(k);
    if (e) {
      e.c.push(c);
      if (w.from === "stated") e.from = "stated";
    } else byKey.set(k, { c: [c], claimant, date: w.date, when: w.label, from: w.from });
  }
  const entries = [...byKey.values()].map((p) => entry(p, scope));
  const folded = foldUndated(foldUnattributed(entries, scope.origins), scope.origins);
  return foldRepeated(folded, scope.origins).sort(
    (a, b) =>
      whenOrder(a).localeCompare(whenOrder(b)) || a.claimant.localeCompare(b.claimant) || a.value - b.value,
  );
}

function entry({ c, claimant, date, when, from }: Pending, scope: FigureScope): FigureEntry {
  const qualifier = mostFrequent(c.map((x) => x.qualifier)) ?? "exact";
  const unit = mostFrequent(c.map((x) => x.unit).filter((u) => u !== null));
  const articleIds = [...new Set(c.map((x) => x.articleId))];
  const { value, valueMax } = c[0];
  return {
    claimant: scope.claimants.display(claimant),
    date,
    dateFrom: from,
    when,
    value,
    valueMax,
    qualifier,
    unit,
    display: display(value, valueMax, qualifier, measureUnit(unit, c[0].what)),
    claimIds: c.map((x) => x.id),
    articleIds,
    origins: scope.origins.count(articleIds),
    conflict: false,
  };
}

/** The unit worth printing after a figure: "4 metres", but not "120 homes" under "homes destroyed". */
function measureUnit(unit: string | null, what: string | null): string | null {
  if (!unit) return null;
  const u = whatOf(unit).head;
  const w = (what ?? "").toLowerCase();
  const plural = IRREGULAR[unit.toLowerCase()];
  if (
    u === "people" ||
    u === whatOf(w).head ||
    w.includes(unit.toLowerCase()) ||
    (plural !== undefined && w.split(/\s+/).includes(plural))
  )
    return null;
  return unit;
}

/** Plurals that do not contain their singular: "2 men wounded", never "2 man wounded men". */
const IRREGULAR: Record<string, string> = {
  man: "men",
  woman: "women",
  child: "children",
  person: "people",
  policeman: "policemen",
  policewoman: "policewomen",
  fireman: "firemen",
  gunman: "gunmen",
  spokesman: "spokesmen",
  tooth: "teeth",
  foot: "feet",
  mouse: "mice",
};
