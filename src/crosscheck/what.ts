import { words } from "./words.ts";

const STOP = new Set(
  (
    "the a an of in on at to for and or by with from as have has had been were was are is be now still " +
    "some their its his her total number figure estimated about around than more least over nearly " +
    "almost up confirmed verified reported"
  ).split(" "),
);
// Nouns that count anything: dropped unless nothing else is left.
const GENERIC = new Set(["people", "person", "persons", "individuals", "individual", "residents"]);
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
  return [...new Set(specific.length > 0 ? specific : ws)].sort();
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
