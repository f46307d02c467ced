import type { Span } from "../../model/index.ts";
import type { Kind } from "./classify.ts";

/** An entity being built: canonical name, title, surface forms and spans. */
export interface Draft {
  kind: Exclude<Kind, "unknown" | "common" | "skip">;
  name: string;
  title: string | null;
  aliases: Set<string>;
  spans: Span[];
  words: string[];
  last: number;
  /** A lone word kept only if it turns out to be a surname of someone named in full. */
  tentative?: boolean;
}

/** Case-, space- and hyphen-insensitive key: "Kim Jong-un" and "Kim Jong Un" agree. */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/[\s\-‐.’']/g, "");
}

const SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?,?$/;

/** The person whose surname (or East-Asian family name) is `word`, most recently mentioned first. */
export function bySurname(drafts: Draft[], word: string): Draft | null {
  const k = nameKey(word);
  let best: Draft | null = null;
  for (const d of drafts) {
    if (d.kind !== "person" || d.words.length < 2) continue;
    const ws = d.words.filter((w, i) => i === 0 || !SUFFIX.test(w));
    const eastAsian = ws.length >= 3 || /-[a-z]/.test(ws[1] ?? "");
    const fits = nameKey(ws[ws.length - 1]) === k || (eastAsian && nameKey(ws[0]) === k);
    if (fits && (!best || d.last > best.last)) best = d;
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

/**
 * A one-word entity that is the surname (or the only given name) of a person named in full elsewhere in the
 * article joins that person:
 * "offer to Teixeira" in a headline (read as a place) and "Palin said" before "Sarah Palin" appears.
 * `keep(d)` protects one-word names that are surely something else (a known country, an acronym);
 * `fullName(p)` says which people are surely people (a title, a first name), so "Banda Aceh" takes no "Aceh".
 */
export function foldSurnames(
  drafts: Draft[],
  keep: (d: Draft) => boolean,
  fullName: (p: Draft) => boolean,
): Draft[] {
  const gone = new Set<Draft>();
  for (const d of drafts) {
    if (d.words.length !== 1 || keep(d)) continue;
    const full = drafts.filter((x) => x !== d && !gone.has(x) && !x.tentative && fullName(x));
    const p = bySurname(full, d.name) ?? (d.kind === "person" ? byGivenName(full, d.name) : null);
    if (!p) continue;
    for (const a of d.aliases) p.aliases.add(a);
    p.spans.push(...d.spans);
    p.spans.sort((x, y) => x[0] - y[0]);
    gone.add(d);
  }
  return drafts.filter((d) => !gone.has(d));
}

/** "Lindsay" when "Lindsay Lohan" is the only person of the article with that given name. */
function byGivenName(drafts: Draft[], word: string): Draft | null {
  const k = nameKey(word);
  const fits = drafts.filter((d) => d.kind === "person" && d.words.length >= 2 && nameKey(d.words[0]) === k);
  return fits.length === 1 ? fits[0] : null;
}

/** "the Sox" after "Red Sox", "the Angels" after "Los Angeles Angels": a team or body by its last word. */
export function byOrgTail(drafts: Draft[], word: string): Draft | null {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i];
    if (d.kind === "organization" && d.words.length >= 2 && d.words[d.words.length - 1] === word) return d;
  }
  return null;
}

/**
 * "Halvex" joins "Halvex Group" (or "Boeing" "Boeing Co."): a one-word organisation and the one body of the
 * article named by it and a corporate ending (`ending(lowercase last word)`).
 */
export function foldHeads(drafts: Draft[], ending: (w: string) => boolean): Draft[] {
  const gone = new Set<Draft>();
  for (const d of drafts) {
    if (d.kind !== "organization" || d.words.length !== 1) continue;
    const heads = drafts.filter(
      (x) =>
        x.kind === "organization" &&
        x.words.length >= 2 &&
        x.words[0] === d.name &&
        ending(x.words[x.words.length - 1].toLowerCase()),
    );
    if (heads.length !== 1) continue;
    for (const a of d.aliases) heads[0].aliases.add(a);
    heads[0].spans.push(...d.spans);
    heads[0].spans.sort((x, y) => x[0] - y[0]);
    gone.add(d);
  }
  return drafts.filter((d) => !gone.has(d));
}
