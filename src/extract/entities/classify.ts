import { CUES } from "../quotes/cues.ts";
import type { Doc } from "../text/doc.ts";
import { HONORIFICS, ORG_SINGLE, ORG_WORDS, PLACE_MULTI, PLACE_WORDS, PLACES } from "./lexicon.ts";
import type { Mention } from "./mentions.ts";

export type Kind = "person" | "organization" | "place" | "unknown" | "skip";

const DEMONYM = /(an|ian|ese|ish|i|ch)$/;

/** Decides what a mention names, from its words, its title and the words around it. */
export function classify(doc: Doc, m: Mention): Kind {
  const { lower, raw } = doc.tk;
  const words = m.name.split(/\s+/);
  const low = words.map((w) => w.toLowerCase());
  if (PLACES.has(words[words.length - 1]) && (words.length === 1 || PLACE_MULTI.has(words[0])))
    return "place";
  if (m.title && !low.some((w) => ORG_WORDS.has(w))) return "person";
  if (HONORIFICS.has(lower[m.a - 1] ?? "")) return "person";
  if (words.length === 1 && ORG_SINGLE.has(words[0])) return "organization";
  if (low.some((w) => ORG_WORDS.has(w)) || /^[A-Z]{2,6}$/.test(m.name)) return "organization";
  if (PLACES.has(words[words.length - 1]) && (words.length === 1 || PLACE_MULTI.has(words[0])))
    return "place";
  if (PLACE_WORDS.has(lower[m.b] ?? "") || (words.length > 1 && PLACE_WORDS.has(low[low.length - 1])))
    return "place";
  if (words.length === 1 && DEMONYM.test(low[0]) && !CUES.has(lower[m.b] ?? "")) return "skip";
  if (words.length >= 2 && PLACE_MULTI.has(words[0]) && DEMONYM.test(low[1])) return "skip";
  if (words.length === 1 && /^(in|near|from|outside|across|to)$/.test(lower[m.a - 1] ?? "")) return "place";
  if (words.length >= 2 && words.length <= 4 && !raw.slice(m.a, m.b).some((w) => PLACES.has(w)))
    return "person";
  return "unknown";
}
