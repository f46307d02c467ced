import { createHash } from "node:crypto";
import { cleanHtml, cleanTexts } from "../clean/index.ts";
import type { Article, RawArticle } from "../model/index.ts";
import type { Context } from "../pipeline/context.ts";

export interface RawItem {
  raw: RawArticle;
  kind: "text" | "html";
  ctx: Context;
}

/** Content identity: SHA-256 of the input's text or HTML with white space folded. */
export function contentHash(raw: RawArticle): string {
  const body = (raw.html ?? raw.text ?? "").replace(/\s+/g, " ").trim();
  return createHash("sha256").update(body).digest("hex");
}

/** A title for plain text that has none: its first line when it reads like a headline. */
/** A time stamp, an "updated" note or a byline: a first line that is not the headline. */
const NOT_HEADLINE =
  /\b\d{1,2}\s?[:.]\s?\d{2}\s?(?:[ap]\.?\s?m\b|gmt|utc|[ecmp][sd]t\b)|\b(?:last\s+)?updated\b|^\s*(?:published|posted)\b|^\s*by\s/i;

/** The headline of a plain text: its first line that is not a time stamp or byline, if it reads as one. */
export function guessTitle(text: string): string | null {
  for (const raw of text.split("\n", 4)) {
    const line = raw.trim();
    if (line === "" || NOT_HEADLINE.test(line)) continue;
    if (line.length < 12 || line.length > 140 || /[.!?:"”]$/.test(line)) return null;
    return line;
  }
  return null;
}

function isoOrNull(v: string | null | undefined): string | null {
  if (!v) return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

function base(raw: RawArticle, hash: string): Omit<Article, "text" | "removed" | "isArticle"> {
  return {
    id: raw.id ?? hash.slice(0, 16),
    source: raw.source,
    outlet: raw.outlet ?? null,
    title: raw.title ?? null,
    author: raw.author ?? null,
    publishedAt: isoOrNull(raw.publishedAt),
    modifiedAt: null,
    url: raw.url ?? null,
    language: null,
    contentHash: hash,
  };
}

/**
 * Cleans raw inputs into articles. HTML pages are cleaned one by one; plain texts together, so that lines
 * recurring across one outlet's texts count as page chrome. Problems go to each item's context.
 */
export function toArticles(items: RawItem[]): Article[] {
  const out: Article[] = [];
  const texts = items.filter((i) => i.kind === "text");
  const cleaned = cleanTexts(texts.map((i) => ({ text: i.raw.text ?? "", outlet: i.raw.outlet ?? null })));
  texts.forEach((item, k) => {
    const c = cleaned[k];
    const a: Article = {
      ...base(item.raw, contentHash(item.raw)),
      text: c.text,
      removed: c.removed,
      isArticle: true,
    };
    a.title ??= guessTitle(c.text);
    if (c.text.trim() === "") item.ctx.warn("clean", "no article text left after cleaning");
    out.push(a);
  });
  for (const item of items) {
    if (item.kind !== "html") continue;
    try {
      out.push(fromHtml(item));
    } catch (err) {
      item.ctx.error("clean", `HTML extraction failed: ${(err as Error).message}`);
    }
  }
  return out;
}

function fromHtml(item: RawItem): Article {
  const raw = item.raw;
  const c = cleanHtml(raw.html ?? "", { url: raw.url ?? undefined });
  if (!c.isArticle) item.ctx.warn("clean", `not an article: ${c.reason ?? "no main text found"}`);
  const m = c.meta;
  const a = base(raw, contentHash(raw));
  return {
    ...a,
    outlet: a.outlet ?? m.outlet,
    title: a.title ?? m.title,
    author: a.author ?? m.author,
    publishedAt: a.publishedAt ?? isoOrNull(m.publishedAt),
    modifiedAt: isoOrNull(m.modifiedAt),
    url: a.url ?? m.canonicalUrl,
    language: m.language,
    text: c.text,
    removed: c.removed,
    isArticle: c.isArticle,
  };
}
