import type { Brief, FigureFlag, SourceRow } from "../crosscheck/brief.ts";
import { baseName } from "../crosscheck/sources.ts";
import type { Article } from "../model/index.ts";

/** What a renderer needs of an article: report articles and model articles both fit. */
export type BriefArticle = Pick<Article, "id" | "outlet" | "title" | "publishedAt">;

export const ORIGINALITY: Record<SourceRow["originality"], string> = {
  original: "original",
  reprint: "reprint of",
  version: "updated version of",
  rewrite: "rewrite of",
  spin: "spun copy of",
  "shared-source": "shares a source with",
};

export const FLAG_TEXT: Record<FigureFlag, string> = {
  conflict: "conflict",
  disputed: "claimants disagree",
  changed: "changed over time",
};

/** Short names for articles: "Outlet (YYYY-MM-DD)", made unique with a counter when needed. */
export function articleLabels(brief: Brief, articles: BriefArticle[]): Map<string, string> {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const out = new Map<string, string>();
  const used = new Map<string, number>();
  for (const s of brief.sources) {
    const a = byId.get(s.articleId);
    const outlet = a?.outlet ?? s.outlet;
    const when = (a?.publishedAt ?? s.publishedAt)?.slice(0, 10);
    let label = outlet ? (when ? `${outlet} (${when})` : outlet) : (a?.title ?? s.title ?? fileOf(s));
    const n = (used.get(label) ?? 0) + 1;
    used.set(label, n);
    if (n > 1) label = `${label} #${n}`;
    out.set(s.articleId, label);
  }
  return out;
}

export function originalityText(s: SourceRow, labels: Map<string, string>): string {
  if (s.originality === "original" || !s.of) return "original";
  return `${ORIGINALITY[s.originality]} ${labels.get(s.of) ?? s.of}`;
}

export function sourcesText(n: number): string {
  if (n === 0) return "no independent source (spun copy only)";
  return n === 1 ? "single source" : `${n} independent sources`;
}

/** "2026-03-08T10:15:00Z" -> "2026-03-08 10:15"; a bare date stays as is. */
export function shortTime(at: string | null): string {
  if (!at) return "date unknown";
  const m = at.match(/^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/);
  if (!m) return at;
  return m[2] ? `${m[1]} ${m[2]}` : m[1];
}

export interface CiteGroup {
  origin: string;
  names: string[];
}

/**
 * Articles grouped by independent origin, each outlet named once:
 * "A: Northwind Wire, The Harbour Courier; B: Valley Sentinel".
 */
export function citer(brief: Brief, articles: BriefArticle[]): (ids: string[]) => CiteGroup[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const row = new Map(brief.sources.map((s) => [s.articleId, s]));
  return (ids) => {
    const groups = new Map<string, Set<string>>();
    for (const id of ids) {
      const s = row.get(id);
      const name =
        byId.get(id)?.outlet ?? s?.outlet ?? byId.get(id)?.title ?? s?.title ?? (s ? fileOf(s) : id);
      const origin = s?.origin ?? "?";
      let g = groups.get(origin);
      if (!g) groups.set(origin, (g = new Set()));
      g.add(name);
    }
    return [...groups]
      .sort((a, b) => a[0].length - b[0].length || a[0].localeCompare(b[0]))
      .map(([origin, names]) => ({ origin, names: [...names] }));
  };
}

/** An article known by nothing but where it came from: the file or URL's last part. */
function fileOf(s: SourceRow): string {
  return baseName(s.source) ?? s.articleId;
}

/** The outlet, or the file the article came from when the outlet is unknown. */
export function outletText(s: SourceRow): string {
  return s.outlet ?? `unknown (${fileOf(s)})`;
}

/** One line under the headline: how many articles, how many independent origins, what that means. */
export function countsLine(articleCount: number, originCount: number): string {
  const a = articleCount === 1 ? "1 article" : `${articleCount} articles`;
  const o = originCount === 1 ? "1 independent origin" : `${originCount} independent origins`;
  return `${a} from ${o}. Articles that copy one another (reprints, updates, rewrites, spun copies) count as one origin, lettered A, B, C.`;
}
