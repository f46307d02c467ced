import { placeVariant } from "../entities/story-keys.ts";

/**
 * A place's name as a key, before the gazetteer's other names: "the Kharkiv region" → "kharkiv"; reports
 * call one street a street or an avenue ("Stadiou Street", "Stadiou Avenue", "Stadiou" → "stadiou").
 */
export function baseKey(place: string): string {
  return placeVariant(
    place
      .toLowerCase()
      .replace(/^the\s+/, "")
      .replace(/\s+(?:region|province|oblast|district|city|area|governorate|state)$/, "")
      .replace(/(\S)\s+(?:street|st\.?|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?)$/, "$1")
      .trim(),
  );
}
