import type { Entity } from "../../model/index.ts";
import { knownDemonym, knownFirstName, knownPlace } from "../entities/gazetteer.ts";
import { ORG_WORDS, PLACE_ACRONYMS, PLACE_WORDS, PLACES, TITLE_WORDS } from "../entities/lexicon.ts";
import { gazetteerKey, gazetteerPlace } from "./cities.ts";
import { baseKey } from "./keys.ts";

const NOT_PLACE =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Telegram|Richter|The|A|An|Mr|Mrs|Ms|Dr|Sir|Rev)\.?$/;
const PLACE_RE =
  /\b(?:[Ii]n|[Nn]ear|[Oo]utside(?: of)?|[Aa]t|[Oo]n|[Ii]nto|[Aa]cross|[Oo]ver|[Tt]o|capital,?|(?:[Ss]helling|[Bb]ombing|[Ss]iege|[Bb]ombardment) of)\s+(?:the\s+)?(?:(?:[a-z]+ern|central|eastern|western|northern|southern|mostly|residential|[A-Z][a-z]+ian|[A-Z][a-z]+i)\s+)*(?:(?:city|town|village|province|region|capital|district|sector)\s+of\s+)?((?:\p{Lu}[\p{L}'’-]+)(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]+)*)(\s+(?:region|province|oblast|district|city|area|governorate|state))?/dgu;

/** Where the event in text[from, to) happened: a place after a locative preposition, else a place entity. */
export function placeIn(
  text: string,
  from: number,
  to: number,
  entities: Entity[],
  at: number,
): string | null {
  const part = text.slice(from, to);
  const places = entities.filter((e) => e.kind === "place");
  let best: { name: string; d: number; known: boolean } | null = null;
  for (const m of part.matchAll(PLACE_RE)) {
    const words = m[1].split(/\s+/).filter((w) => !NOT_PLACE.test(w));
    const own = words.findLastIndex((w) => /['’]s$/.test(w));
    const end = from + (m.indices?.[1]?.[1] ?? 0);
    // "at Alaska Gov. Sarah Palin's church": a title, not a place
    if (text[end] === "." && TITLE_WORDS.has(`${words.at(-1)?.toLowerCase()}.`)) continue;
    const name = fuller(words.slice(own + 1).join(" "), text, end, places);
    if (!name) continue;
    const kind = placeKind(name, entities, m[0]);
    if (kind === null) continue;
    const known = kind === "known";
    const d =
      Math.abs(from + (m.index ?? 0) - at) -
      (known ? 40 : 0) -
      (m[2] ? 40 : 0) -
      (/^[Tt]o$/.test(m[0].split(/\s/)[0]) ? -30 : 0);
    if (!best || d < best.d) best = { name: name + (m[2] ?? ""), d, known };
  }
  if (best) return best.name;
  const inside = places.find(
    (p) => p.spans.some((s) => s[0] >= from && s[1] <= to) && placeKind(p.name, entities, "") !== null,
  );
  return inside?.name ?? null;
}

/** "Hawaiian Gardens": the place entity the name ends, when the text names it whole. */
function fuller(name: string, text: string, end: number, places: Entity[]): string {
  if (!name) return name;
  const whole = places.find(
    (p) => p.name.endsWith(` ${name}`) && text.slice(end - p.name.length, end) === p.name,
  );
  return whole?.name ?? name;
}

/** Words that make a name an event, a body or a title rather than a place ("Kraft Factory Shooting"). */
const NOT_PLACE_WORD =
  /\b(?:shootings?|attacks?|bombings?|fires?|blasts?|explosions?|quakes?|earthquakes?|crash(?:es)?|storms?|hurricanes?|reserve|charges?|cases?|club|post|award|awards|prize|molotov|cocktails?)\b/i;
/** "near X", "the town of X": the words before the name say it is a place. */
const LOCATIVE =
  /^(?:near|outside|capital|shelling|bombing|siege|bombardment)|\b(?:city|town|village|province|region|capital|district|sector) of\b/i;

/** A building or site named for its owner is where an incident happens ("Banstead Baptist Church"). */
const FACILITY =
  /^(?:Church|Cathedral|Mosque|Temple|Synagogue|School|College|Hospital|Store|Supermarket|Market|Mall|Factory|Plant|Mine|Prison|Jail|Hotel|Restaurant|Cafe|Bar|Stadium|Station|Airport|Embassy|Base|Camp|Courthouse|Branch)$/;

/** Capitalised common words of headlines ("Dies in Fall", "Hit and Run Accidents"). */
const COMMON =
  /^(?:Hit|Fall|Local|Home|Street|Police|Court|State|City|Center|Centre|House|Run|Crash|Scene|Area)$/;

/** "Escalante" of "Juan Abel Escalante": the family name of a person the text names in full. */
const surname = (e: Entity, name: string) => {
  const first = e.name.split(/\s+/)[0];
  return e.name.endsWith(` ${name}`) && knownFirstName(first) && !knownPlace(first);
};

/** Peoples' adjectives the lexicon may miss ("Yemeni", "Somali", "Chinese", "Danish"). */
const DEMONYM =
  /^(?:[A-Z][a-z]+(?:ese|ish)|Yemeni|Somali|Iraqi|Pakistani|Israeli|Saudi|Kuwaiti|Omani|Qatari|Bangladeshi|Afghani|Nepali|Azerbaijani|Emirati|Bahraini)$/;

const has = (e: Entity, name: string) => e.name === name || e.aliases.includes(name);
const overlaps = (e: Entity, name: string) =>
  [e.name, ...e.aliases].some((n) => ` ${n} `.includes(` ${name} `) || ` ${name} `.includes(` ${n} `));

/**
 * Whether a name after a locative word is a place: "known" (a place entity or gazetteer place), "named"
 * (nothing says otherwise), or null (a person, organisation, title, people or event).
 */
function placeKind(name: string, entities: Entity[], phrase: string): "known" | "named" | null {
  const words = name.split(/\s+/);
  const last = words[words.length - 1];
  if (
    NOT_PLACE_WORD.test(name) ||
    ORG_WORDS.has(last.toLowerCase()) ||
    words.some((w) => TITLE_WORDS.has(w.toLowerCase()))
  )
    return null;
  if (words.every((w) => NOT_PLACE.test(w.replace(/['’]s$/, ""))) || COMMON.test(name)) return null;
  // a person's name ("Escalante" of "Juan Abel Escalante") or an organisation's is no place
  if (entities.some((e) => (e.kind === "person" && surname(e, name)) || (e.kind !== "place" && has(e, name))))
    return null;
  if (entities.some((e) => e.kind === "place" && has(e, name)) || FACILITY.test(last)) return "known";
  if (knownDemonym(last) || knownDemonym(last.replace(/s$/, "")) || DEMONYM.test(name)) return null;
  if (/^\p{Lu}{2,}s?$/u.test(name) && !PLACE_ACRONYMS.has(name)) return null;
  if (
    knownPlace(name) ||
    gazetteerPlace(name) ||
    PLACES.has(name) ||
    (words.length > 1 && PLACE_WORDS.has(last.toLowerCase()))
  )
    return "known";
  if (entities.some((e) => e.kind === "place" && overlaps(e, name))) return "known";
  // with the article's entities at hand, an unknown name needs words that make it a place
  if (entities.length > 0 && !LOCATIVE.test(phrase)) return null;
  return "named";
}

/** A key for comparing places across sources: "the Kharkiv region" ~ "Kharkiv", "Mich." ~ "Michigan". */
export function placeKey(place: string | null): string | null {
  return place ? gazetteerKey(baseKey(place)) : null;
}
