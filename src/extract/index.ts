import type { Extraction } from "../model/index.ts";
import { extractClaims } from "./claims/index.ts";
import { extractEntities } from "./entities/index.ts";
import { extractEvents } from "./events/index.ts";
import { extractQuotes } from "./quotes/index.ts";

/**
 * Version of what the extractors produce. Bump it when their output changes in a way stored extractions should
 * be redone: a store written by another version warns, and `newsfuse refresh` redoes them.
 */
export const EXTRACT_VERSION = 3;

export interface ExtractInput {
  id: string;
  text: string;
  publishedAt: string | null;
}

/** Runs the extractors in order: entities, quotes (speakers), claims (claimants), events. */
export function extract(article: ExtractInput): Extraction {
  const entities = extractEntities(article.text, article.id);
  const quotes = extractQuotes(article.text, article.id, entities);
  const claims = extractClaims(article.text, {
    articleId: article.id,
    publishedAt: article.publishedAt,
    quotes,
    entities,
  });
  const events = extractEvents(article.text, {
    articleId: article.id,
    publishedAt: article.publishedAt,
    entities,
    claims,
  });
  return { quotes, claims, entities, events };
}
