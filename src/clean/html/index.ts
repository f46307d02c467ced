/** HTML cleaning: main text, metadata and the is-it-an-article check. */
import { type Extraction, extractMain } from "./extract.ts";
import { isSurelyArticle, notArticleReason, pageSignals } from "./kind.ts";
import { extractMeta, type PageMeta, type QueryDoc } from "./meta.ts";
import { buildTree, parseDocument, type TreeSink } from "./tree.ts";

export type { PageMeta };

export interface CleanedHtml {
  text: string;
  removed: string[];
  isArticle: boolean;
  reason: string | null;
  meta: PageMeta;
}

/** The not-article check only runs on short texts (its DOM queries cost a full walk each). */
function checkPage(q: QueryDoc, text: string, ex: Extraction, meta: PageMeta): string | null {
  const ogType =
    (q.head ?? q).querySelectorAll('meta[property="og:type"]')[0]?.getAttribute?.("content") ?? null;
  const markers = ogType === "article" || meta.publishedAt !== null;
  return notArticleReason(pageSignals(q, text, ex.pageText, ogType, ex.headlineLinks, markers));
}

export function cleanHtml(html: string, opts: { url?: string } = {}): CleanedHtml {
  const doc = parseDocument(html);
  const q = doc as unknown as QueryDoc;
  const sink: TreeSink = { ld: [], meta: [] };
  const tree = buildTree(doc, sink);
  const meta = extractMeta(q, sink, opts.url);
  const title = (q.head ?? q).querySelectorAll("title")[0]?.textContent ?? null;
  const ex = extractMain(tree, [meta.title, title]);
  const text = ex.paragraphs.join("\n\n");
  const reason = isSurelyArticle(text) ? null : checkPage(q, text, ex, meta);
  if (reason)
    return { text: "", removed: text ? [text, ...ex.removed] : ex.removed, isArticle: false, reason, meta };
  return { text, removed: ex.removed, isArticle: true, reason: null, meta };
}
