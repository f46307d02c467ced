import { placeVariant } from "../entities/story-keys.ts";

/** A place's name as a key, before the gazetteer's other names: "the Kharkiv region" → "kharkiv". */
export function baseKey(place: string): string {
  return placeVariant(
    place
      .toLowerCase()
      .replace(/^the\s+/, "")
      .replace(/\s+(?:region|province|oblast|district|city|area|governorate|state)$/, "")
      .trim(),
  );
}
