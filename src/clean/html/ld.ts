/** JSON-LD objects of a page (schema.org), flattened out of arrays and @graph. */
export type Json = Record<string, unknown>;
const ARTICLE_TYPE = /Article|Posting|Report|NewsArticle|WebPage/i;

function flatten(v: unknown, out: Json[]): void {
  if (Array.isArray(v)) for (const x of v) flatten(x, out);
  else if (v && typeof v === "object") {
    out.push(v as Json);
    if ((v as Json)["@graph"]) flatten((v as Json)["@graph"], out);
  }
}

/** JSON-LD objects from the texts of the page's ld+json scripts, articles first. */
export function jsonLd(scripts: string[]): Json[] {
  const out: Json[] = [];
  for (const text of scripts) {
    try {
      flatten(JSON.parse(text), out);
    } catch {
      /* malformed JSON-LD is common; ignore it */
    }
  }
  const isArticle = (o: Json) => ARTICLE_TYPE.test(String(o["@type"] ?? ""));
  return [...out.filter(isArticle), ...out.filter((o) => !isArticle(o))];
}
