import { words } from "./words.ts";

const STOP = new Set(
  (
    "the a an of in on at to for and or by with from as have has had been were was are is be now still " +
    "some their its his her total number figure estimated about around than more least over nearly " +
    "almost up confirmed verified reported"
  ).split(" "),
);
// Nouns that count anything: dropped unless nothing else is left.
const GENERIC = new Set("people person persons individuals individual residents resident".split(" "));
const SYNONYMS: Record<string, string> = Object.fromEntries(
  (
    "died:dead killed:dead deaths:dead death:dead toll:dead fatalities:dead lifeless:dead useless:dead " +
    "unaccounted:missing lacking:missing lost:destroyed ruined:destroyed wrecked:destroyed " +
    "houses:home house:home homes:home properties:home dwellings:home troopers:troop soldiers:troop " +
    "soldier:troop troops:troop wounded:injured hurt:injured injuries:injured"
  )
    .split(" ")
    .map((pair) => pair.split(":")),
);

/** What a figure counts, as a set of normal words: "people still unaccounted for" -> {missing}. */
export function whatKey(what: string, unit: string | null = null): string[] {
  const raw = words(unit && !what.toLowerCase().includes(unit.toLowerCase()) ? `${what} ${unit}` : what);
  const ws = raw.filter((w) => !STOP.has(w) && !/^\d/.test(w)).map((w) => SYNONYMS[w] ?? singular(w));
  const specific = ws.filter((w) => !GENERIC.has(w));
  if (specific.length === 0 && ws.length > 0) return ["people"];
  return [...new Set(specific)].sort();
}

function singular(w: string): string {
  if (w.length > 4 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) return w.slice(0, -1);
  return w;
}

/** Do two keys count the same thing? One inside the other, or most words shared. */
export function sameWhat(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const sb = new Set(b);
  const shared = a.filter((w) => sb.has(w)).length;
  if (shared === Math.min(a.length, b.length)) return true;
  return shared / (a.length + b.length - shared) >= 0.5;
}

// Words that say what happened to the people or things counted.
const STATES: [RegExp, string][] = [
  [/\b(dead|died|killed|deaths?|toll|lifeless|useless|fatalities)\b/gi, "dead"],
  [/\b(missing|unaccounted|lacking)\b/gi, "missing"],
  [/\b(injured|wounded|hurt|injuries)\b/gi, "injured"],
  [/\b(evacuated|displaced|homeless)\b/gi, "displaced"],
  [/\b(rescued|saved)\b/gi, "rescued"],
  [/\b(arrested|detained)\b/gi, "arrested"],
  [/\b(destroyed|ruined|lost|wrecked)\b/gi, "destroyed"],
  [/\b(damaged)\b/gi, "damaged"],
];
// Bare counted nouns worth refining: plurals and people words, not verbs like "counted".
const COUNTED_NOUN = /(?<!s)s$|^(people|persons?|individuals?|residents?|children|men|women|home|house)$/i;
const STATE_WORDS = new Set([
  "dead",
  "missing",
  "injured",
  "displaced",
  "rescued",
  "arrested",
  "destroyed",
  "damaged",
]);

/**
 * A bare count ("people", "homes") says too little to compare: "9 people" dead and "75 people"
 * missing are different things. Adds the state the figure's own clause gives it, if any.
 */
export function refineWhat(what: string, text: string, span: [number, number]): string {
  const key = whatKey(what);
  if (key.length > 1 || key.some((w) => STATE_WORDS.has(w)) || !COUNTED_NOUN.test(what.trim())) return what;
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
