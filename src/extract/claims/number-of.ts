import { singular } from "../numbers/nouns.ts";

/**
 * "The Interior Ministry puts the number of destroyed homes at 120": the subject states a bare
 * figure whose noun (and state) come before it.
 */
const NUMBER_OF =
  /((?:\b[Tt]he\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'.-]*)*)\s+(?:puts?|put|placed?|places|estimates?|estimated|sets?)\s+the\s+(?:number|count|total|toll|tally)\s+of\s+(?:([a-z]+(?:ed|ing|less))\s+)?([a-z]+s|people)\s+(?:\p{L}+\s+){0,3}?at\s+(?:(?:about|around|some|roughly|nearly|more than|at least|up to)\s+)?$/u;

export interface NumberOf {
  claimant: string;
  /** Position of the claimant's mention. */
  at: number;
  unit: string;
  what: string;
}

/** The claimant, counted noun and state of a figure read as "X puts the number of Y at N". */
export function numberOf(text: string, start: number): NumberOf | null {
  const from = Math.max(0, start - 140);
  const m = NUMBER_OF.exec(text.slice(from, start));
  if (!m || m.index === undefined) return null;
  const noun = m[3];
  const state = m[2] ?? null;
  return {
    claimant: m[1].trim(),
    at: from + m.index,
    unit: singular(noun).toLowerCase(),
    what: state ? `${noun} ${state}` : noun,
  };
}
