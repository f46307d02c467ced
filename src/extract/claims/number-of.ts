import { singular } from "../numbers/nouns.ts";

/**
 * "The Interior Ministry puts the number of destroyed homes at 120": the subject states a bare
 * figure whose noun (and state) come before it.
 */
const NUMBER_OF =
  /((?:\b[Tt]he\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'.-]*)*)\s+(?:puts?|put|placed?|places|estimates?|estimated|sets?)\s+the\s+(?:number|count|total|toll|tally)\s+of\s+(?:([a-z]+(?:ed|ing|less))\s+)?([a-z]+s|people)\s+(?:\p{L}+\s+){0,3}?at\s+(?:(?:about|around|some|roughly|nearly|more than|at least|up to)\s+)?$/u;

/** "The number of people missing after the flood rose to 75": the figure's noun and state, no claimant. */
const ROSE_TO =
  /\b[Tt]he\s+(?:number|count|total|toll|tally)\s+of\s+(?:([a-z]+(?:ed|ing|less))\s+)?([a-z]+s|people)(?:\s+(missing|dead|killed|injured|wounded|displaced|evacuated|arrested|detained|destroyed|damaged))?\b[^.;:!?]{0,80}?\b(?:rose|risen|climbed|jumped|increased|grew|fell|dropped|reached|stood|stands|now stands)\s+(?:to|at)\s+(?:(?:about|around|some|roughly|nearly|more than|at least)\s+)?$/;

export interface NumberOf {
  /** The subject stating the figure; null when the sentence names it elsewhere ("…, the agency said"). */
  claimant: string | null;
  /** Position of the claimant's mention. */
  at: number;
  unit: string;
  what: string;
}

/** The claimant, counted noun and state of a figure read as "X puts the number of Y at N". */
export function numberOf(text: string, start: number): NumberOf | null {
  const from = Math.max(0, start - 140);
  const m = NUMBER_OF.exec(text.slice(from, start));
  if (!m || m.index === undefined) return roseTo(text, from, start);
  const noun = m[3];
  const state = m[2] ?? null;
  return {
    claimant: m[1].trim(),
    at: from + m.index,
    unit: singular(noun).toLowerCase(),
    what: state ? `${noun} ${state}` : noun,
  };
}

function roseTo(text: string, from: number, start: number): NumberOf | null {
  const m = ROSE_TO.exec(text.slice(from, start));
  if (!m || m.index === undefined) return null;
  const noun = m[2];
  const state = m[3] ?? m[1] ?? null;
  return {
    claimant: null,
    at: from + m.index,
    unit: singular(noun).toLowerCase(),
    what: state ? `${noun} ${state}` : noun,
  };
}

/** "14 of its 22 vessels were idle": the part takes the whole's noun and what the sentence says of it. */
const PART_GAP = /^\s+of\s+(?:its|their|the|his|her|our|all|all the)?\s*$/;
const PREDICATE =
  /^\s+(?:were|are|was|is|had been|have been|remain|remained|stood|lay)\s+(?:now\s+|still\s+|already\s+)?([a-z]{3,})\b/;

export function partOf(
  text: string,
  q: { span: [number, number] },
  whole: { span: [number, number]; unit: string | null; noun: string | null; counted: boolean } | undefined,
): NumberOf | null {
  if (!whole?.counted || !whole.unit || !whole.noun) return null;
  if (!PART_GAP.test(text.slice(q.span[1], whole.span[0]))) return null;
  const pred = PREDICATE.exec(text.slice(whole.span[1], whole.span[1] + 40))?.[1];
  if (!pred || /^(?:being|not|also|to|in|on|at|from)$/.test(pred)) return null;
  return { claimant: null, at: q.span[0], unit: whole.noun, what: `${whole.unit} ${pred}` };
}
