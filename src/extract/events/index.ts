import type { Claim, Entity, Event } from "../../model/index.ts";

export interface EventContext {
  articleId: string;
  publishedAt: string | null;
  entities: Entity[];
  claims: Claim[];
}

/** Attacks and incidents in `text` (stub: replaced by the real extractor). */
export function extractEvents(_text: string, _ctx: EventContext): Event[] {
  return [];
}
