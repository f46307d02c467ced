/** Page metadata from JSON-LD, OpenGraph and other meta tags, and <time>. */
import { type Json, jsonLd } from "./ld.ts";
import type { DomNode, TreeSink } from "./tree.ts";

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
  head?: QueryDoc | null;
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

function metaTags(tags: DomNode[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const el of tags) {
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

/** A person's name: no "By " prefix, no profile URL. */
function person(s: string | null): string | null {
  const t = s?.replace(/^by\s+/i, "").trim();
  return t && !/^https?:\/\//.test(t) ? t : null;
}

/** The first meta tag present among `keys`. */
function pick(m: Map<string, string>, keys: string[]): string | null {
  for (const k of keys) {
    const v = clean(m.get(k));
    if (v) return v;
  }
  return null;
}

const PUBLISHED = [
  "article:published_time",
  "datepublished",
  "date",
  "pubdate",
  "publishdate",
  "dc.date",
  "dcterms.created",
  "parsely-pub-date",
  "sailthru.date",
];
const MODIFIED = ["article:modified_time", "datemodified", "og:updated_time", "dcterms.modified"];

function authorOf(doc: QueryDoc, ld: Json, m: Map<string, string>): string | null {
  return (
    person(names(ld.author)) ??
    person(pick(m, ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator"])) ??
    person(first(doc, '[rel="author"]'))
  );
}

function outletOf(ld: Json, m: Map<string, string>, url: string | undefined): string | null {
  const site = pick(m, ["og:site_name", "application-name"]) ?? names(ld.publisher);
  if (site && !/^https?:\/\//.test(site)) return site;
  const host = site ?? url;
  try {
    return host ? new URL(host).hostname.replace(/^www\./, "") : null;
  } catch {
    return null;
  }
}

/**
 * Metadata of a page. `body` holds the JSON-LD texts and meta tags found in the body; meta, link and title
 * tags are read from the head only (a small subtree: each query walks it once).
 */
export function extractMeta(doc: QueryDoc, body: TreeSink, url?: string): PageMeta {
  const head = doc.head ?? doc;
  const inHead = Array.from(
    head.querySelectorAll('script[type="application/ld+json"]'),
    (s) => s.textContent ?? "",
  );
  const ld = jsonLd([...inHead, ...body.ld]).find((o) => o.headline || o.datePublished) ?? {};
  const m = metaTags([...Array.from(head.querySelectorAll("meta")), ...body.meta]);
  const lang = doc.documentElement?.getAttribute?.("lang") || m.get("og:locale") || m.get("language") || null;
  return {
    title: clean(ld.headline) ?? clean(m.get("og:title")) ?? first(doc, "h1") ?? first(head, "title"),
    author: authorOf(doc, ld, m),
    publishedAt: isoDate(clean(ld.datePublished) ?? pick(m, PUBLISHED) ?? first(doc, "time", "datetime")),
    modifiedAt: isoDate(clean(ld.dateModified) ?? pick(m, MODIFIED)),
    outlet: outletOf(ld, m, url),
    canonicalUrl: first(head, 'link[rel="canonical"]', "href") ?? clean(m.get("og:url")) ?? url ?? null,
    language: languageTag(clean(lang)),
  };
}
