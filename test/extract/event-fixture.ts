import type { Event } from "../../src/model/index.ts";

/** A minimal extracted event for merge tests: the article id is the part of `id` before the colon. */
export function ev(
  id: string,
  type: string,
  place: string | null,
  date: string | null,
  killed: number | null = 2,
  injured: number | null = null,
): Event {
  return { id, articleId: id.split(":")[0], type, place, date, killed, injured, span: [0, 10] };
}
