import type { Story } from "../model/index.ts";
import { StoryClusterer } from "./clusterer.ts";
import type { StoryInput, StoryOptions } from "./input.ts";

export { StoryClusterer } from "./clusterer.ts";
export type { StoryInput, StoryOptions } from "./input.ts";

/** Batch: sorts by publishedAt (undated articles keep their input order) then streams. */
export function clusterStories(inputs: StoryInput[], opts?: StoryOptions): Story[] {
  const c = new StoryClusterer(opts);
  for (const a of streamOrder(inputs)) c.add(a);
  return c.stories();
}

/**
 * Stable sort by publication time. An undated article takes the time of the dated one before it in the
 * input (or the earliest time), so undated articles keep their place relative to their neighbours.
 */
export function streamOrder(inputs: StoryInput[]): StoryInput[] {
  let carry = Number.NEGATIVE_INFINITY;
  const keyed = inputs.map((a, i) => {
    const t = a.publishedAt ? Date.parse(a.publishedAt) : Number.NaN;
    if (!Number.isNaN(t)) carry = t;
    return { a, i, t: Number.isNaN(t) ? carry : t };
  });
  return keyed.sort((x, y) => x.t - y.t || x.i - y.i).map((k) => k.a);
}
