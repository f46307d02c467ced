import type { Span } from "../../model/index.ts";
import type { Kind } from "./classify.ts";

/** An entity being built: canonical name, title, surface forms and spans. */
export interface Draft {
  kind: Exclude<Kind, "unknown" | "skip">;
  name: string;
  title: string | null;
  aliases: Set<string>;
  spans: Span[];
  words: string[];
  last: number;
}

/** Case-, space- and hyphen-insensitive key: "Kim Jong-un" and "Kim Jong Un" agree. */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/[\s\-‐.’']/g, "");
}

/** The person whose surname (or East-Asian family name) is `word`, most recently mentioned first. */
export function bySurname(drafts: Draft[], word: string): Draft | null {
  const k = nameKey(word);
  let best: Draft | null = null;
  for (const d of drafts) {
    if (d.kind !== "person" || d.words.length < 2) continue;
    const eastAsian = d.words.length >= 3 || /-[a-z]/.test(d.words[1]);
    const family = eastAsian ? d.words[0] : d.words[d.words.length - 1];
    if (nameKey(family) === k && (!best || d.last > best.last)) best = d;
  }
  return best;
}

/** The organisation whose initials or defined abbreviation is `acr`. */
export function byAcronym(drafts: Draft[], acr: string): Draft | null {
  for (const d of drafts) {
    if (d.kind !== "organization") continue;
    if (d.aliases.has(acr)) return d;
    const initials = d.words
      .filter((w) => !/^(of|the|and|for)$/i.test(w))
      .map((w) => w[0])
      .join("");
    if (initials.length >= 2 && initials === acr) return d;
  }
  return null;
}
