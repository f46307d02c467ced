import type { Quantity } from "../numbers/index.ts";

const CASUALTY =
  "killed|wounded|injured|dead|hurt|displaced|arrested|detained|missing|deployed|sent|evacuated|captured";
const AFTER_RE = new RegExp(
  `^\\s+(?:(?:have|has|had|were|was|are|is)\\s+)?(?:(?:been|now|reportedly|also|still|all|already)\\s+)*((?:${CASUALTY})(?:\\s+(?:or|and)\\s+(?:${CASUALTY}))?)\\b`,
);
const BEFORE_RE = new RegExp(
  `\\b(${CASUALTY}|killing|wounding|injuring)\\s+(?:(?:at least|more than|over|about|around|some|nearly|up to|an estimated)\\s+)?$`,
);

/** What a figure counts: its noun, plus what happened to them ("Russian forces killed or wounded"). */
export function whatOf(text: string, q: Quantity): string | null {
  const noun = q.counted ? q.unit : null;
  const after = AFTER_RE.exec(text.slice(q.span[1], q.span[1] + 60))?.[1];
  const before = BEFORE_RE.exec(text.slice(Math.max(0, q.span[0] - 40), q.span[0]))?.[1];
  const state = after ?? (before ? before.replace(/ing$/, "ed").replace(/^kill(?:ed)?$/, "killed") : null);
  if (!noun) return state;
  return state ? `${noun} ${state}` : noun;
}
