import type { Attribution } from "./attribution.ts";

/**
 * Keeps only outermost attributions: one whose cue lies inside another's content ("The Post reported that
 * Klein said …") is part of what the outer source says, not an attribution of the writer's.
 */
export function dropNested(atts: Attribution[]): Attribution[] {
  return atts.filter(
    (b) => !atts.some((a) => a !== b && a.content.some((r) => r[0] <= b.cue[0] && b.cue[1] <= r[1])),
  );
}
