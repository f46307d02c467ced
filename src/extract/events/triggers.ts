import { incidentSense, WEAK, WEAK_WORD } from "./senses.ts";

/** Attack and incident words → event type, most specific first. */
const TYPES: [RegExp, string][] = [
  [/\bsuicide (?:car )?bomb(?:er|ers|ing|ings)?\b/i, "suicide bombing"],
  [/\b(?:car|roadside|truck|pipe) bomb(?:ing|ings|s)?\b|\bbomb(?:ing|ings|ed|s)?\b/i, "bombing"],
  [
    /\b(?:explosion|explosions|blast|blasts|exploded|explosive device|IED|minefield|landmine|land mine)\b/i,
    "explosion",
  ],
  [/\bdrones?\b/i, "drone strike"],
  [
    /\b(?:air ?strikes?|air raids?|aerial (?:attack|attacks|bombardment)|aircraft|warplanes?|gunships?|jets? struck)\b/i,
    "air strike",
  ],
  [/\b(?:missiles?|rockets?|ballistic)\b/i, "missile attack"],
  [/\b(?:shell(?:ed|ing|s)?|artillery|mortars?)\b/i, "shelling"],
  [
    /\b(?:shooting|shootings|gunfire|opened fire|gunmen|gunman|gun ?battle|shot dead|crossfire|fired on|shot and (?:killed|wounded|injured)|(?:was|were|been|being) shot)\b/i,
    "shooting",
  ],
  [/\b(?:clash(?:es|ed)?|fighting|firefight|skirmish(?:es)?)\b/i, "armed clash"],
  [/\b(?:stabbing|stabbed|knife attack)\b/i, "stabbing"],
  [
    /\bhit\s*-?\s*and\s*-?\s*run\b|\b(?:struck|hit|run over|mowed down|knocked down) by (?:a|an|the) (?:[\w-]+ )?(?:car|vehicle|truck|van|bus|train|motorist|driver|SUV|lorry|motorcycle)\b/i,
    "crash",
  ],
  [
    /\b(?:attack(?:s|ed|ing)?|raid(?:s|ed)?|ambush(?:ed)?|assault(?:s|ed)?|strikes? on|struck|hijack(?:s|ed|ing|ings)?|hijack attempt)\b/i,
    "attack",
  ],
  [/\b(?:tortur(?:e|ed)|beaten to death|lynch(?:ed|ing))\b/i, "violence"],
  [
    /\b(?:[Dd]am|[Ll]evee|[Dd]yke|[Dd]ike)s?\b[^.;]{0,40}?\b(?:gave way|gives way|give way|burst|breached|failed|collapsed)\b|\b(?:[Dd]am|[Ll]evee) (?:breach|burst|failure|collapse)\b|\b(?:breach|failure|collapse|bursting) of (?:the )?(?:[A-Z][\w-]+ )?(?:[Dd]am|[Ll]evee)\b/,
    "dam failure",
  ],
  [
    /\b(?:landslides?|mudslides?|avalanches?|earthquakes?|quakes?|floods?|flooding|flash floods?|storms?|hurricanes?|typhoons?|cyclones?|tornado(?:es)?|tsunamis?|heatwave)\b/i,
    "disaster",
  ],
  [
    /\b(?:wildfires?|blaze|fire broke out|caught fire|house fire|building fire|forest fire|arson(?:ist)?s?|set (?:fire|ablaze)|set on fire|torch(?:ed|ing)|fire-?bomb(?:ed|ing|s)?|molotov)\b|\b(?:a|the|overnight|early|morning|night|[\w]+-alarm|suspicious|huge|massive|major|large|deadly|fatal|church|store|supermarket|factory|warehouse|hotel|school|apartment) fire\b(?!\s*(?:sale|drill|alarm|chief|department|station|service|officers?|brigade|fighters?|crews?|engines?|trucks?|and rescue|risk|hazard|exit|escape|power))/i,
    "fire",
  ],
  [/\b(?:collapse[ds]?|collapsing)\b/i, "collapse"],
  [/\b(?:crash(?:ed|es)?|collision|derail(?:ed|ment))\b/i, "crash"],
  [
    /\b(?:fell|falling|fall|plunged|plunging|slipped|tumbled)\b[^.;]{0,50}?\b(?:metres|meters|feet|ft|cliff|ridge|crevasse|mountain|ledge|balcony|roof|window|slope|summit|peak)\b/i,
    "fall",
  ],
];

/** All trigger words at once: most sentences have none. */
const ANY = new RegExp(TYPES.map(([re]) => re.source).join("|"), "i");

export interface Trigger {
  type: string;
  at: number;
  /** The trigger word as written. */
  word: string;
}

/** A word that reports an incident only with a toll ("raided the ranch", "talks collapsed"). */
export const isWeak = (t: Trigger): boolean => WEAK.has(t.type) || WEAK_WORD.test(t.word);

/** The event type a sentence describes and where its word stands, or null: the first word used as an incident, a strong one before a weak one. */
export function eventType(sentence: string): Trigger | null {
  if (!ANY.test(sentence)) return null;
  let weak: Trigger | null = null;
  for (const [re, type] of TYPES) {
    const all = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
    for (const m of sentence.matchAll(all)) {
      if (!incidentSense(sentence, type, m.index ?? 0, m[0])) continue;
      const t = { type, at: m.index ?? 0, word: m[0] };
      if (!isWeak(t)) return t;
      weak ??= t;
    }
  }
  return weak;
}
