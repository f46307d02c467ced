import type { Qualifier } from "../../model/index.ts";
import type { Token } from "./tokens.ts";

/** CQE's change codes: "=" exact, "~" approximate, ">" / "<" bounds, "up" / "down" a change by. */
export type Change = "=" | "~" | ">" | "<" | "up" | "down";

/** Phrases before a number (lower case, space-joined words) → qualifier. Longest first. */
const QUALIFIERS: [string, Qualifier][] = (
  [
    ["more or less", "about"],
    ["just about", "about"],
    ["an estimated", "about"],
    ["close to", "about"],
    ["about", "about"],
    ["around", "about"],
    ["approximately", "about"],
    ["approx", "about"],
    ["roughly", "about"],
    ["some", "about"],
    ["circa", "about"],
    ["estimated", "about"],
    ["nearly", "nearly"],
    ["almost", "nearly"],
    ["just shy of", "nearly"],
    ["close on", "nearly"],
    ["more than", "more than"],
    ["over", "more than"],
    ["above", "more than"],
    ["in excess of", "more than"],
    ["upwards of", "more than"],
    ["exceeding", "more than"],
    ["greater than", "more than"],
    ["higher than", "more than"],
    ["lower than", "less than"],
    ["north of", "more than"],
    ["well over", "more than"],
    ["just over", "more than"],
    ["over than", "more than"],
    ["at least", "at least"],
    ["no less than", "at least"],
    ["a minimum of", "at least"],
    ["no fewer than", "at least"],
    ["less than", "less than"],
    ["fewer than", "less than"],
    ["under", "less than"],
    ["below", "less than"],
    ["just under", "less than"],
    ["at most", "at most"],
    ["no more than", "at most"],
    ["a maximum of", "at most"],
    ["up to", "up to"],
    ["as many as", "up to"],
    ["as much as", "up to"],
    ["as high as", "up to"],
  ] as [string, Qualifier][]
).sort((a, b) => b[0].split(" ").length - a[0].split(" ").length);

const UP = new Set(
  `rose rise rises rising risen up climbed climb climbs climbing gained gain gains gaining jumped jump jumps
  jumping increased increase increases increasing added adds advanced advance advances advancing grew grow
  grows growing surged surge surges surging soared soar soars soaring rallied rally rallies lifted boosted
  spiked spikes upward`.split(/\s+/),
);
const DOWN = new Set(
  `fell fall falls falling fallen dropped drop drops dropping declined decline declines declining lost lose
  loses losing slid slide slides sliding slipped slip slips down decreased decrease decreases decreasing
  plunged plunge plunges plummeted plummets tumbled tumble tumbles sank sink sinks eased ease eases shed
  sheds retreated dipped dip dips slumped slump shrank shrink shrunk lowered contracted`.split(/\s+/),
);
/** Verbs whose "up" is a particle, not a rise: "gave up 517 yards", "picked up 3". */
const PHRASAL = new Set(
  "gave give gives giving set sets picked pick picks took take takes make made makes put puts came come comes showed show shows turned turn signed sign built build opened open opens snapped snap ramped ramp stepped step ended end racked rack chalked chalk summed sum wrapped wrap".split(
    " ",
  ),
);
/** Words allowed between a direction verb and the number: "rose by about", "fell a further". */
const BRIDGE = new Set([
  "by",
  "a",
  "an",
  "further",
  "another",
  "slightly",
  "sharply",
  "just",
  "only",
  "marginally",
  "some",
  "nearly",
  "about",
  "around",
  "almost",
  "roughly",
  "over",
  "more",
  "than",
  "up",
  "to",
]);

export interface Cue {
  qualifier: Qualifier;
  /** Token index where the qualifier phrase starts (the number's start when none). */
  start: number;
  direction: "up" | "down" | null;
}

const isWord = (t: Token | undefined): t is Token => !!t && t.kind === "word";

/** Qualifier and direction words before the number starting at token `i`. */
export function cueBefore(toks: Token[], i: number): Cue {
  let qualifier: Qualifier = "exact";
  let start = i;
  const prev: string[] = [];
  for (let j = i - 1; j >= 0 && j >= i - 4 && isWord(toks[j]); j--) prev.unshift(toks[j].lower);
  const tail = prev.join(" ");
  for (const [phrase, q] of QUALIFIERS) {
    if (tail === phrase || tail.endsWith(` ${phrase}`)) {
      qualifier = q;
      start = i - phrase.split(" ").length;
      break;
    }
  }
  if (toks[i - 1]?.text === "~" || toks[i - 1]?.text === "≈") {
    qualifier = "about";
    start = i - 1;
  }
  return { qualifier, start, direction: direction(toks, start) };
}

function direction(toks: Token[], i: number): "up" | "down" | null {
  if (toks[i - 1]?.lower === "to" && toks[i - 2]?.lower !== "up") return null;
  for (let j = i - 1, n = 0; j >= 0 && n < 4; j--, n++) {
    const t = toks[j];
    if (!isWord(t)) return null;
    if (t.lower === "up" && toks[j + 1]?.lower === "to") continue;
    if (t.lower === "up" && PHRASAL.has(toks[j - 1]?.lower ?? "")) return null;
    if (UP.has(t.lower)) return t.lower === "up" && toks[j + 1]?.lower === "from" ? null : "up";
    if (DOWN.has(t.lower)) return "down";
    if (t.lower === "from" || t.lower === "at" || t.lower === "to") return null;
    if (!BRIDGE.has(t.lower)) return null;
    if (
      (t.lower === "a" || t.lower === "an") &&
      !/^(?:further|whopping|record|massive|staggering|modest|mere|hefty)$/.test(toks[j + 1]?.lower ?? "")
    )
      return null;
  }
  return null;
}

/** CQE change code for a qualifier and direction. */
export function changeOf(q: Qualifier, dir: "up" | "down" | null): Change {
  // a bound outranks the direction ("lost more than 60%" is "> 60%"); an approximation does not
  if (q === "more than" || q === "at least") return ">";
  if (q === "less than" || q === "at most" || q === "up to") return "<";
  if (dir) return dir;
  if (q === "about" || q === "nearly") return "~";
  return "=";
}
