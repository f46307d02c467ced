import { lexiconTags } from "../entities/gazetteer.ts";
import { gazetteerKey } from "./cities.ts";
import { baseKey } from "./keys.ts";

/** "Stadiou Street", "Tahrir Square": a street or square, narrower than any town. */
const STREET = /\s(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Square|Lane|Drive|Plaza)$/;

/**
 * How wide a place is: 3 a country ("Greece", "UAE" by its full name), 2 a region or state ("Alaska") by the
 * lexicon, 0 a street, else 1.
 */
export function placeScope(name: string): number {
  if (STREET.test(name)) return 0;
  const tags = `${lexiconTags(name)},${lexiconTags(gazetteerKey(baseKey(name)))}`;
  return /\bCountry\b/.test(tags) ? 3 : /\bRegion\b/.test(tags) ? 2 : 1;
}
