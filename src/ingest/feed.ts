import { XMLParser } from "fast-xml-parser";
import type { RawArticle } from "../model/index.ts";

// biome-ignore lint/suspicious/noExplicitAny: feed XML has no fixed shape; every read goes through str()/list().
type Node = Record<string, any>;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", textNodeName: "#text" });

function str(v: unknown): string | null {
  if (v == null) return null;
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (typeof v === "object" && "#text" in (v as object)) return str((v as Record<string, unknown>)["#text"]);
  return null;
}

function list<T>(v: T | T[] | undefined): T[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

function atomLink(v: unknown): string | null {
  for (const l of list(v as Record<string, string> | Record<string, string>[])) {
    if (typeof l === "string") return l;
    if (!l["@rel"] || l["@rel"] === "alternate") return l["@href"] ?? null;
  }
  return null;
}

function isoDate(v: string | null): string | null {
  if (!v) return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? v : d.toISOString();
}

/** RSS 2.0 and Atom items with their full content (content:encoded / content) or summary, as HTML. */
export function parseFeed(xml: string, source: string): RawArticle[] {
  const doc = parser.parse(xml) as Node;
  if (doc.rss?.channel) {
    const outlet = str(doc.rss.channel.title);
    return list(doc.rss.channel.item).map((it: Record<string, unknown>, i: number) => ({
      source: str(it.link) ?? `${source}#${i + 1}`,
      url: str(it.link),
      outlet,
      title: str(it.title),
      author: str(it["dc:creator"]) ?? str(it.author),
      publishedAt: isoDate(str(it.pubDate) ?? str(it["dc:date"])),
      html: `<article>${str(it["content:encoded"]) ?? str(it.description) ?? ""}</article>`,
    }));
  }
  if (doc.feed) {
    const outlet = str(doc.feed.title);
    return list(doc.feed.entry).map((e: Node, i: number) => ({
      source: atomLink(e.link) ?? `${source}#${i + 1}`,
      url: atomLink(e.link),
      outlet,
      title: str(e.title),
      author: str(e.author?.name),
      publishedAt: isoDate(str(e.published) ?? str(e.updated)),
      html: `<article>${str(e.content) ?? str(e.summary) ?? ""}</article>`,
    }));
  }
  throw new Error("not an RSS 2.0 or Atom feed (no <rss><channel> or <feed> element)");
}
