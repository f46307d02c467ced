import type { Entity } from "../../model/index.ts";

/** People, organisations and places in `text` (stub: replaced by the real extractor). */
export function extractEntities(_text: string, _articleId: string): Entity[] {
  return [];
}
