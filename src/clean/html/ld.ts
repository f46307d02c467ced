/** JSON-LD objects of a page (schema.org), flattened out of arrays and @graph. */
import type { QueryDoc } from "./meta.ts";

export type Json = Record<string, unknown>;
const ARTICLE_TYPE = /Article|Posting|Report|NewsArticle|WebPage/i;

function flatten(v: unknown, out: Json[]): void {
  if (Array.isArray(v)) for (const x of v) flatten(x, out);
  else if (v && typeof v === "object") {
    out.push(v as Json);
    if ((v as Json)["@graph"]) flatten((v as Json)["@graph"], out);
  }
}

/** JSON-LD objects of the page, articles first. */
export function jsonLd(doc: QueryDoc): Json[] {
  const out: Json[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      flatten(JSON.parse(s.textContent ?? ""), out);
    } catch {
      /* malformed JSON-LD is common; ignore it */
    }
  }
  const isArticle = (o: Json) => ARTICLE_TYPE.test(String(o["@type"] ?? ""));
  return [...out.filter(isArticle), ...out.filter((o) => !isArticle(o))];
}
