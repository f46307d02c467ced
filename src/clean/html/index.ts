/** HTML cleaning: main text, metadata and the is-it-an-article check. */
import { extractMain } from "./extract.ts";
import { extractMeta, type PageMeta, type QueryDoc } from "./meta.ts";
import { parseDocument } from "./tree.ts";

export type { PageMeta };

export interface CleanedHtml {
  text: string;
  removed: string[];
  isArticle: boolean;
  reason: string | null;
  meta: PageMeta;
}

export function cleanHtml(html: string, opts: { url?: string } = {}): CleanedHtml {
  const doc = parseDocument(html);
  const q = doc as unknown as QueryDoc;
  const meta = extractMeta(q, opts.url);
  const title = q.querySelectorAll("title")[0]?.textContent ?? null;
  const ex = extractMain(doc, [meta.title, title]);
  return { text: ex.paragraphs.join("\n\n"), removed: ex.removed, isArticle: true, reason: null, meta };
}
