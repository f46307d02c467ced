import type { Quantity } from "../numbers/index.ts";

const CASUALTY =
  "killed|wounded|injured|dead|hurt|displaced|arrested|detained|missing|deployed|sent|evacuated|captured";
const AFTER_RE = new RegExp(
  `^\\s+(?:(?:have|has|had|were|was|are|is)\\s+)?(?:(?:been|now|reportedly|also|still|all|already)\\s+)*((?:${CASUALTY})(?:\\s+(?:or|and)\\s+(?:${CASUALTY}))?)\\b`,
);
const BEFORE_RE = new RegExp(
  `\\b(${CASUALTY}|killing|wounding|injuring)\\s+(?:(?:at least|more than|over|about|around|some|nearly|up to|an estimated)\\s+)?$`,
);

/** "$5 billion in military aid", "10% of the workforce": what a measure is of. */
const OF_RE =
  /^\s+(?:in|of|worth of|for)\s+(?:(?:the|its|their|his|her|new|additional|extra)\s+)?((?:[a-z][a-z-]+\s+)?[a-z][a-z-]+)/;
const NOT_NOUN =
  /\b(?:the|a|an|and|or|to|from|by|with|that|which|who|this|these|those|its|their|his|her|our|than|per|as|at|on|in|of|was|were|is|are|be|been|it|they|he|she|we|year|years|month|months|week|weeks|day|days|total|all|each|which)$/;

const TIME_LIKE =
  /\b(?:quarter|half|year|month|week|day|period|session|trading|morning|afternoon|evening|night|january|february|march|april|may|june|july|august|september|october|november|december|premarket|past|first|second|third|fourth|last|next|recent)\b/;

function ofWhat(text: string, q: Quantity): string | null {
  const m = OF_RE.exec(text.slice(q.span[1], q.span[1] + 50));
  if (!m) return null;
  let w = m[1];
  if (TIME_LIKE.test(w)) return null;
  if (NOT_NOUN.test(w)) w = w.split(/\s+/)[0];
  return NOT_NOUN.test(w) ? null : w;
}

/** What a figure counts: its noun, plus what happened to them ("Russian forces killed or wounded"). */
export function whatOf(text: string, q: Quantity): string | null {
  // "one of their co-workers": the counted phrase without its determiner
  const noun = q.counted && q.unit ? q.unit.replace(/^(?:the|their|its|his|her|our|my|your)\s+/i, "") : null;
  const after = AFTER_RE.exec(text.slice(q.span[1], q.span[1] + 60))?.[1];
  const before = BEFORE_RE.exec(text.slice(Math.max(0, q.span[0] - 40), q.span[0]))?.[1];
  const state = after ?? (before ? before.replace(/ing$/, "ed").replace(/^kill(?:ed)?$/, "killed") : null);
  if (!noun) {
    const of = state ?? (q.normalizedUnit ? ofWhat(text, q) : null);
    const move = q.change === "up" ? "rise" : q.change === "down" ? "fall" : null;
    return move ? (of ? `${move} in ${of}` : move) : of;
  }
  return state ? `${noun} ${state}` : noun;
}
