/** HTML cleaning: main text, metadata and the is-it-an-article check. */
import { extractMain } from "./extract.ts";
import { parseDocument } from "./tree.ts";

export interface PageMeta {
  title: string | null;
  author: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  outlet: string | null;
  canonicalUrl: string | null;
  language: string | null;
}

export interface CleanedHtml {
  text: string;
  removed: string[];
  isArticle: boolean;
  reason: string | null;
  meta: PageMeta;
}

const EMPTY_META: PageMeta = {
  title: null,
  author: null,
  publishedAt: null,
  modifiedAt: null,
  outlet: null,
  canonicalUrl: null,
  language: null,
};

export function cleanHtml(html: string, _opts: { url?: string } = {}): CleanedHtml {
  const doc = parseDocument(html);
  const ex = extractMain(doc);
  return {
    text: ex.paragraphs.join("\n\n"),
    removed: ex.removed,
    isArticle: true,
    reason: null,
    meta: EMPTY_META,
  };
}
