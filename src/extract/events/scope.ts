import { lexiconTags } from "../entities/gazetteer.ts";

/** How wide a place is by the lexicon: 3 a country ("Greece"), 2 a region or state ("Alaska"), else 1. */
export function placeScope(name: string): number {
  const tags = lexiconTags(name);
  return /\bCountry\b/.test(tags) ? 3 : /\bRegion\b/.test(tags) ? 2 : 1;
}
