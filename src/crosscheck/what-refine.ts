import { whatOf } from "./what.ts";

// Words that say what happened to the people or things counted.
const STATES: [RegExp, string][] = [
  [/\b(dead|died|killed|deaths?|toll|lifeless|useless|fatalities)\b/gi, "dead"],
  [/\b(missing|unaccounted|lacking)\b/gi, "missing"],
  [/\b(injured|wounded|hurt|injuries)\b/gi, "injured"],
  [/\b(evacuated|displaced|homeless|(?:moved|taken) to shelters?)\b/gi, "displaced"],
  [/\b(rescued|saved)\b/gi, "rescued"],
  [/\b(arrested|detained)\b/gi, "arrested"],
  [/\b(destroyed|ruined|lost|wrecked)\b/gi, "destroyed"],
  [/\b(damaged)\b/gi, "damaged"],
];
// Counts worth refining end in a plural or a people word, not a verb like "counted".
const COUNTED_NOUN = /(?<!s)s$|^(people|persons?|individuals?|residents?|children|men|women|home|house)$/i;

/**
 * A bare count ("people", "homes") says too little to compare: "9 people" dead and "75 people"
 * missing are different things. Adds the state the figure's own clause gives it, if any.
 */
export function refineWhat(what: string, text: string, span: [number, number]): string {
  const last = what.trim().split(/\s+/).at(-1) ?? "";
  if (whatOf(what).states.length > 0 || !COUNTED_NOUN.test(last)) return what;
  // The span may hold the number alone or the whole phrase: read on from the number.
  const w = text.slice(span[0], span[1] + 90);
  const num = w.match(/\d[\d,.]*/);
  const after = clause(w.slice(num ? (num.index ?? 0) + num[0].length : 0));
  const before =
    text
      .slice(Math.max(0, span[0] - 50), span[0])
      .split(/[.;!?]|\band\b/)
      .at(-1) ?? "";
  const state = nearest(after, "first") ?? nearest(before, "last");
  return state ? `${what} ${state}` : what;
}

function nearest(s: string, which: "first" | "last"): string | null {
  let best: { at: number; state: string } | null = null;
  for (const [re, state] of STATES)
    for (const m of s.matchAll(re)) {
      const at = m.index ?? 0;
      if (!best || (which === "first" ? at < best.at : at > best.at)) best = { at, state };
    }
  return best?.state ?? null;
}

/** Text up to the end of the clause holding the figure ("and six are dead" starts another). */
function clause(s: string): string {
  const cut = s.search(/[.;!?,]|\band\b|\d/);
  return cut >= 0 ? s.slice(0, cut) : s;
}
