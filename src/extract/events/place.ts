import type { Entity } from "../../model/index.ts";
import { placeVariant } from "../entities/story-keys.ts";

const NOT_PLACE =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Telegram|The|A|An)$/;
const PLACE_RE =
  /\b(?:[Ii]n|[Nn]ear|[Oo]utside(?: of)?|[Aa]t|[Oo]n|[Ii]nto|[Aa]cross|[Oo]ver|[Tt]o|capital,?|(?:[Ss]helling|[Bb]ombing|[Ss]iege|[Bb]ombardment) of)\s+(?:the\s+)?(?:(?:[a-z]+ern|central|eastern|western|northern|southern|mostly|residential|[A-Z][a-z]+ian|[A-Z][a-z]+i)\s+)*(?:(?:city|town|village|province|region|capital|district|sector)\s+of\s+)?((?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+)*)(\s+(?:region|province|oblast|district|city|area|governorate|state))?/gu;

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
    const name = words.slice(own + 1).join(" ");
    if (!name) continue;
    const known = places.some((p) => p.name === name || p.aliases.includes(name));
    const d =
      Math.abs(from + (m.index ?? 0) - at) -
      (known ? 40 : 0) -
      (m[2] ? 40 : 0) -
      (/^[Tt]o$/.test(m[0].split(/\s/)[0]) ? -30 : 0);
    if (!best || d < best.d) best = { name: name + (m[2] ?? ""), d, known };
  }
  if (best) return best.name;
  const inside = places.find((p) => p.spans.some((s) => s[0] >= from && s[1] <= to));
  return inside?.name ?? null;
}

/** A key for comparing places across sources: "the Kharkiv region" ~ "Kharkiv". */
export function placeKey(place: string | null): string | null {
  if (!place) return null;
  return placeVariant(
    place
      .toLowerCase()
      .replace(/^the\s+/, "")
      .replace(/\s+(?:region|province|oblast|district|city|area|governorate|state)$/, "")
      .trim(),
  );
}
