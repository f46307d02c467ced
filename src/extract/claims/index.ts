import type { Claim, Entity, Quote } from "../../model/index.ts";

export interface ClaimContext {
  articleId: string;
  publishedAt: string | null;
  quotes: Quote[];
  entities: Entity[];
}

/** Numeric claims in `text` (stub: replaced by the real extractor). */
export function extractClaims(_text: string, _ctx: ClaimContext): Claim[] {
  return [];
}
