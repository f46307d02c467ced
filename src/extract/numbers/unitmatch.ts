import { singular } from "./nouns.ts";
import type { Token } from "./tokens.ts";
import { mayStartUnit, unitOf } from "./units.ts";

export interface UnitMatch {
  surface: string;
  norm: string;
  end: number;
  /** For a counted noun, its singular ("troop"). */
  head?: string;
}

/** Longest unit starting at token i ("per cent", "miles per hour", "-inch", "year-old"). */
export function unitAt(text: string, toks: Token[], i: number): UnitMatch | null {
  let from = i;
  if (toks[i]?.text === "-" && !toks[i].gap && toks[i + 1] && !toks[i + 1].gap) from = i + 1;
  if (!toks[from] || !mayStartUnit(toks[from])) return null;
  for (let k = Math.min(6, toks.length - from); k >= 1; k--) {
    const last = toks[from + k - 1];
    const surface = text.slice(toks[from].start, last.end);
    const norm = unitOf(surface);
    if (!norm) continue;
    const next = toks[from + k];
    // a unit must end at a word boundary ("5 in the" is not inches; "5Ghz" is)
    if (next && !next.gap && next.kind === "word") continue;
    if (
      k === 1 &&
      surface.length === 1 &&
      toks[from].gap &&
      toks[from].kind === "word" &&
      next?.kind === "word" &&
      next.gap &&
      /[a-oq-z]/.test(surface) &&
      !/^(?:long|wide|high|deep|tall|away|thick|across|in|of)$/.test(next.lower)
    )
      continue;
    return { surface, norm, end: from + k };
  }
  return null;
}

const PER_A = new Set([
  "dozen",
  "day",
  "week",
  "month",
  "year",
  "hour",
  "minute",
  "second",
  "barrel",
  "share",
  "gallon",
  "ounce",
  "litre",
  "liter",
  "gram",
  "kilo",
  "head",
  "person",
  "night",
  "game",
  "pound",
  "ton",
  "tonne",
  "season",
  "term",
]);

/** "per barrel", "a month", "/kg" after a unit → " per barrel". */
export function perSuffix(text: string, toks: Token[], i: number): UnitMatch | null {
  let t = toks[i];
  if (t?.text === "-" && !t.gap && toks[i + 1] && !toks[i + 1].gap && /^(?:a|per)$/.test(toks[i + 1].lower))
    t = toks[++i];
  if (!t) return null;
  const isA = t.lower === "a" || t.lower === "an";
  if (t.lower !== "per" && !isA && t.text !== "/") return null;
  let j = i + 1;
  if (toks[j]?.text === "-" && !toks[j].gap) j++;
  const u = unitAt(text, toks, j);
  const w = toks[j];
  if (isA && /^(?:earlier|ago|before|later|after|prior|previously)$/.test(toks[u?.end ?? j + 1]?.lower ?? ""))
    return null;
  if (u && (!isA || PER_A.has(singular(u.surface).toLowerCase()) || PER_A.has(u.norm))) {
    return { surface: text.slice(t.start, toks[u.end - 1].end), norm: u.norm, end: u.end };
  }
  if (w?.kind !== "word") return null;
  const s = singular(w.text).toLowerCase();
  if (isA && !PER_A.has(s)) return null;
  if (t.lower === "per" && w.lower === "annum")
    return { surface: text.slice(t.start, w.end), norm: "year", end: j + 1 };
  if (t.lower === "per" && /^(?:cent|capita|se)$/.test(w.lower)) return null;
  return { surface: text.slice(t.start, w.end), norm: s, end: j + 1 };
}
