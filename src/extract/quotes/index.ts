import type { Entity, Quote } from "../../model/index.ts";

/** Direct and reported speech with resolved speakers (stub: replaced by the real extractor). */
export function extractQuotes(_text: string, _articleId: string, _entities: Entity[]): Quote[] {
  return [];
}
