import type { Article, Relation, RelationKind } from "../model/index.ts";
import type { Originality, SourceRow } from "./brief.ts";
import { byDate, type Origins } from "./origins.ts";

const ORIGINALITY: Record<RelationKind, Originality> = {
  duplicate: "reprint",
  version: "version",
  spin: "spin",
  rewrite: "rewrite",
  "shared-source": "shared-source",
};
// When an article is derived in several relations, the most telling kind names it.
const RANK: Record<RelationKind, number> = {
  duplicate: 0,
  version: 1,
  spin: 2,
  rewrite: 3,
  "shared-source": 4,
};

export interface Derivation {
  kind: RelationKind;
  of: string;
  score: number;
}

/** Which article each article was derived from, by the relation's `derived`, else by date. */
export function derivations(articles: Article[], relations: Relation[]): Map<string, Derivation> {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const candidates = new Map<string, Derivation[]>();
  for (const r of relations) {
    const a = byId.get(r.a);
    const b = byId.get(r.b);
    if (!a || !b) continue;
    // Without `derived` the later article is the copy; without dates, `b` (the later-read one).
    const copy = r.derived ?? laterOf(a, b) ?? r.b;
    if (copy !== r.a && copy !== r.b) continue;
    const of = copy === r.a ? r.b : r.a;
    // A later article by the same outlet that reuses an earlier one is its updated version.
    const kind = sameOutlet(a, b) && r.kind !== "spin" ? "version" : r.kind;
    candidates.set(copy, [...(candidates.get(copy) ?? []), { kind, of, score: r.score }]);
  }
  // Two copies of one original are related too (two spins of one text look like spins of each other):
  // a copy is named after an article that is not itself a copy when it can be.
  const out = new Map<string, Derivation>();
  for (const [copy, ds] of candidates) {
    const best = ds.reduce((x, y) => (better(y, x, candidates) ? y : x));
    out.set(copy, { ...best });
  }
  // A copy of a reprint is a copy of the reprint's original.
  for (const d of out.values()) {
    for (let hop = 0; hop < 5; hop++) {
      const up = out.get(d.of);
      if (up?.kind !== "duplicate") break;
      d.of = up.of;
    }
  }
  return out;
}

function better(d: Derivation, than: Derivation, copies: Map<string, unknown>): boolean {
  const rootD = copies.has(d.of) ? 1 : 0;
  const rootT = copies.has(than.of) ? 1 : 0;
  if (rootD !== rootT) return rootD < rootT;
  if (RANK[d.kind] !== RANK[than.kind]) return RANK[d.kind] < RANK[than.kind];
  return d.score > than.score;
}

function sameOutlet(a: Article, b: Article): boolean {
  return !!a.outlet && !!b.outlet && a.outlet.trim().toLowerCase() === b.outlet.trim().toLowerCase();
}

function laterOf(a: Article, b: Article): string | null {
  if (!a.publishedAt || !b.publishedAt || a.publishedAt === b.publishedAt) return null;
  return a.publishedAt > b.publishedAt ? a.id : b.id;
}

export function articleLabel(a: Article | undefined, id: string): string {
  if (!a) return id;
  const who = a.outlet ?? a.title ?? baseName(a.source) ?? a.id;
  const day = a.publishedAt ? a.publishedAt.slice(0, 10) : null;
  return day ? `${who} (${day})` : who;
}

export function sourceRows(articles: Article[], relations: Relation[], origins: Origins): SourceRow[] {
  const der = derivations(articles, relations);
  return [...articles].sort(byDate).map((a) => {
    const d = der.get(a.id);
    return {
      articleId: a.id,
      source: a.source,
      outlet: a.outlet,
      title: a.title,
      publishedAt: a.publishedAt,
      originality: d ? ORIGINALITY[d.kind] : "original",
      of: d ? d.of : null,
      origin: origins.label(a.id),
      label: articleLabel(a, a.id),
    };
  });
}

/** Articles known to be spun copies: their wording never corroborates anything. */
export function spunArticles(relations: Relation[]): Set<string> {
  const out = new Set<string>();
  for (const r of relations) if (r.kind === "spin" && r.derived) out.add(r.derived);
  return out;
}

/** "../shared/seeds/003_d4d6.txt" -> "003_d4d6.txt"; null for an empty source. */
export function baseName(source: string): string | null {
  const name = source
    .replace(/[?#].*$/, "")
    .split(/[\\/]/)
    .filter(Boolean)
    .pop();
  return name ?? null;
}
