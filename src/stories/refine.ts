import type { Idf } from "./idf.ts";
import type { Member, StoryRecord } from "./record.ts";
import { dotIdf } from "./vector.ts";

/**
 * Similarity of a member to its own story with the member itself taken out of the centroid
 * (the centroid is a sum of raw vectors, so |C - u|^2 = |C|^2 - 2 u.C + |u|^2, and |u| = 1).
 */
export function leaveOneOut(m: Member, s: StoryRecord, norm: number, idf: Idf): number {
  const dot = dotIdf(m.u, s.centroid, idf);
  const rest2 = norm * norm - 2 * dot + 1;
  return rest2 > 1e-9 ? (dot - 1) / Math.sqrt(rest2) : 0;
}
