/** Page metadata from JSON-LD, OpenGraph and other meta tags, and <time>. */
import { type Json, jsonLd } from "./ld.ts";
import type { DomNode } from "./tree.ts";

export interface PageMeta {
  title: string | null;
  author: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  outlet: string | null;
  canonicalUrl: string | null;
  language: string | null;
}

export interface QueryDoc {
  querySelectorAll(sel: string): ArrayLike<DomNode>;
  documentElement?: DomNode | null;
}

const clean = (s: unknown): string | null => {
  if (typeof s !== "string") return null;
  const t = s.replace(/\s+/g, " ").trim();
  return t ? t : null;
};

/** An ISO 8601 string for a date given in any common form, or null. */
export function isoDate(s: string | null): string | null {
  if (!s) return null;
  const t = s.trim();
  const d = new Date(/^\d{10}$/.test(t) ? Number(t) * 1000 : t);
  return Number.isNaN(d.getTime()) || d.getFullYear() < 1990 ? null : d.toISOString();
}

function names(v: unknown): string | null {
  if (typeof v === "string") return clean(v);
  if (Array.isArray(v)) {
    const all = v.map(names).filter((x): x is string => !!x);
    return all.length ? all.join(", ") : null;
  }
  if (v && typeof v === "object") return clean((v as Json).name);
  return null;
}

function metaTags(doc: QueryDoc): Map<string, string> {
  const m = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll("meta"))) {
    const key = (
      el.getAttribute?.("property") ||
      el.getAttribute?.("name") ||
      el.getAttribute?.("itemprop") ||
      ""
    )
      .toLowerCase()
      .trim();
    const val = el.getAttribute?.("content");
    if (key && val && !m.has(key)) m.set(key, val);
  }
  return m;
}

function first(doc: QueryDoc, sel: string, attr?: string): string | null {
  const el = doc.querySelectorAll(sel)[0];
  if (!el) return null;
  return clean(attr ? el.getAttribute?.(attr) : el.textContent);
}

/** "en_gb" -> "en-GB". */
function languageTag(s: string | null): string | null {
  if (!s) return null;
  const [lang, region] = s.replace("_", "-").split("-");
  return region ? `${lang.toLowerCase()}-${region.toUpperCase()}` : lang.toLowerCase();
}

export function extractMeta(doc: QueryDoc, url?: string): PageMeta {
  const ld = jsonLd(doc).find((o) => o.headline || o.datePublished) ?? {};
  const m = metaTags(doc);
  const publisher = names(ld.publisher);
  const lang = doc.documentElement?.getAttribute?.("lang") ?? m.get("og:locale") ?? null;
  return {
    title: clean(ld.headline) ?? clean(m.get("og:title")) ?? first(doc, "h1") ?? first(doc, "title"),
    author: names(ld.author) ?? clean(m.get("author")) ?? clean(m.get("article:author")),
    publishedAt: isoDate(
      (clean(ld.datePublished) ??
        m.get("article:published_time") ??
        m.get("date") ??
        first(doc, "time", "datetime")) ||
        null,
    ),
    modifiedAt: isoDate(
      (clean(ld.dateModified) ?? m.get("article:modified_time") ?? m.get("og:updated_time")) || null,
    ),
    outlet: clean(m.get("og:site_name")) ?? publisher,
    canonicalUrl: first(doc, 'link[rel="canonical"]', "href") ?? clean(m.get("og:url")) ?? url ?? null,
    language: languageTag(clean(lang)),
  };
}
