import { words } from "./words.ts";

const STOP = new Set(
  (
    "the a an of in on at to for and or by with from as have has had been were was are is be now still " +
    "some their its his her total number figure estimated about around than more least over nearly " +
    "almost up confirmed verified reported all"
  ).split(" "),
);
const PREPOSITIONS = new Set("in on at to for of by from with into across since after during".split(" "));
// Nouns that count anyone at all.
const GENERIC = new Set("people person persons individuals individual residents resident".split(" "));
const NOUNS: Record<string, string> = Object.fromEntries(
  (
    "houses:home house:home homes:home properties:home property:home dwellings:home troopers:troop " +
    "soldiers:troop soldier:troop troops:troop forces:troop force:troop"
  )
    .split(" ")
    .map((pair) => pair.split(":")),
);
const STATE_OF: Record<string, string> = Object.fromEntries(
  (
    "dead:dead died:dead killed:dead deaths:dead death:dead toll:dead fatalities:dead lifeless:dead " +
    "useless:dead missing:missing unaccounted:missing lacking:missing injured:injured wounded:injured " +
    "hurt:injured injuries:injured destroyed:destroyed ruined:destroyed lost:destroyed wrecked:destroyed " +
    "damaged:damaged evacuated:displaced displaced:displaced homeless:displaced shelters:displaced " +
    "shelter:displaced rescued:rescued saved:rescued arrested:arrested detained:arrested " +
    "idle:idle stranded:stranded grounded:idle closed:closed shut:closed cancelled:cancelled " +
    "canceled:cancelled suspended:suspended flooded:flooded"
  )
    .split(" ")
    .map((pair) => pair.split(":")),
);
export const STATE_WORDS = new Set(Object.values(STATE_OF));

/** What a figure counts: the counted noun and what happened to it ("people still unaccounted for"
 * -> people, missing; "North Korean soldiers deployed" -> troop). */
export interface WhatKey {
  head: string;
  states: string[];
}

export function whatOf(what: string, unit: string | null = null): WhatKey {
  const ws = words(what);
  const states = [...new Set(ws.map((w) => STATE_OF[w]).filter((x) => x !== undefined))].sort();
  return { head: headOf(ws) ?? (unit ? headOf(words(unit)) : null) ?? "people", states };
}

export function whatId(k: WhatKey): string {
  return [k.head, ...k.states].join(" ");
}

/** The counted noun: the last plural (else last word) before the first preposition. */
function headOf(ws: string[]): string | null {
  const end = ws.findIndex((w) => PREPOSITIONS.has(w));
  const chunk = (end >= 0 ? ws.slice(0, end) : ws).filter(
    (w) => !STOP.has(w) && !STATE_OF[w] && !/^\d/.test(w),
  );
  if (chunk.length === 0) return null;
  const plural = [...chunk].reverse().find((w) => GENERIC.has(w) || NOUNS[w] || /[^s]s$/.test(w));
  return noun(plural ?? chunk[chunk.length - 1]);
}

function noun(w: string): string {
  if (GENERIC.has(w)) return "people";
  return NOUNS[w] ?? singular(w);
}

function singular(w: string): string {
  if (w.length > 4 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) return w.slice(0, -1);
  return w;
}
