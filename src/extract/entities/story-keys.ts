import type { Entity } from "../../model/index.ts";
import { PLACE_VARIANTS } from "./lexicon.ts";

export interface Item {
  e: Entity;
  articleId: string;
}

const PLACE_SUFFIX = /\s+(?:region|province|oblast|district|city|area|governorate|state|county)$/i;
/** Abbreviated place names: "US" is "United States". */
const PLACE_SHORT: Record<string, string> = {
  us: "unitedstates",
  usa: "unitedstates",
  unitedstatesofamerica: "unitedstates",
  uk: "unitedkingdom",
  uae: "unitedarabemirates",
};
const FILLER = new Set(["of", "the", "and", "for"]);

/** Case, accents, spaces, hyphens, dots and a leading "the" do not count: "al-Qaeda" = "Al Qaeda". */
export function storyKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/['’]s$/, "")
    .replace(/[\s\-‐‑.’']/g, "");
}

/** "Kiev" -> "Kyiv": the spelling this project uses for a place, case and accents aside. */
export function placeVariant(name: string): string {
  const k = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/^the\s+/, "")
    .trim();
  return PLACE_VARIANTS[k] ?? k;
}

/**
 * One key for the common transliterations of a Slavic or Arabic name part: "Zelenskyy" / "Zelensky",
 * "Sergei" / "Sergey", "Andrii" / "Andriy", "Aleksei" / "Alexei".
 */
export function translit(word: string): string {
  return storyKey(word)
    .replace(/ks/g, "x")
    .replace(/yy|iy|ii|ij|yi/g, "i")
    .replace(/ey/g, "ei")
    .replace(/y$/g, "i");
}

const words = (name: string) => name.split(/[\s\-‐‑]+/).filter((w) => w.length > 0);

/** "U.S. Department of Defense" and "US Defense Department": the same words in another order. */
function bagKey(name: string): string {
  const ws = words(name.toLowerCase().replace(/\./g, "")).filter((w) => !FILLER.has(w));
  return ws.length >= 2 ? `bag:${[...new Set(ws)].sort().join(" ")}` : "";
}

/** Keys under which two entities are one: the name and multi-word aliases; for places the bare name. */
export function groupKeys(e: Entity): string[] {
  const lone = e.kind === "person" && words(e.name).length === 1;
  const keys = [lone ? `lone:${translit(e.name)}` : `name:${storyKey(e.name)}`];
  if (e.kind === "person" && !lone) keys.push(`person:${words(e.name).map(translit).join(" ")}`);
  for (const a of e.aliases) {
    if (e.kind !== "person" || words(a).length > 1 || isAcronym(a)) keys.push(`name:${storyKey(a)}`);
  }
  if (e.kind === "place") {
    const bare = storyKey(placeVariant(e.name.replace(PLACE_SUFFIX, "")));
    keys.push(`name:${bare}`, `name:${PLACE_SHORT[bare] ?? bare}`);
  }
  if (e.kind === "organization") keys.push(bagKey(e.name));
  return keys.filter((k) => k !== "" && !k.endsWith(":"));
}

export function isAcronym(w: string): boolean {
  return /^[A-Z][A-Z.]{1,7}$/.test(w) && /[A-Z].*[A-Z]/.test(w);
}

/** The surname (or, for "Kim Jong Un", "Yoon Suk-yeol", the family name first) of a full name. */
export function familyName(name: string): string | null {
  const ws = name.trim().split(/\s+/);
  if (ws.length < 2) return null;
  const eastAsian =
    (ws.length === 3 && /^[A-Z][a-z]{1,4}$/.test(ws[0])) || (ws.length === 2 && /-\p{L}/u.test(ws[1]));
  return eastAsian ? ws[0] : ws[ws.length - 1];
}

/** "Alaska Gov.Sarah Palin" -> "sarah palin": the last two words, a glued title dropped. */
export function givenAndFamily(name: string): string {
  const ws = name.trim().split(/\s+/).slice(-2);
  return ws.map((w) => translit(w.replace(/^.*\.(?=\p{Lu})/u, ""))).join(" ");
}

/**
 * Full names a lone surname or an undefined abbreviation could stand for, indexed once:
 * `lookup(item)` gives the indices of the items it fits.
 */
export function shortFormIndex(items: Item[]): (it: Item) => number[] {
  const by = new Map<string, number[]>();
  const put = (k: string, j: number) => {
    const l = by.get(k);
    if (!l) by.set(k, [j]);
    else if (l[l.length - 1] !== j) l.push(j);
  };
  items.forEach((o, j) => {
    const ws = words(o.e.name);
    if (ws.length < 2) return;
    if (o.e.kind === "person") {
      const fam = familyName(o.e.name);
      if (fam) put(`p:${translit(fam)}`, j);
      put(`p:${translit(o.e.name.trim().split(/\s+/).at(-1) ?? "")}`, j);
    } else if (o.e.kind === "organization") put(`o:${initials(o.e.name)}`, j);
  });
  return (it) => {
    const name = it.e.name.trim();
    if (words(name).length !== 1) return [];
    if (it.e.kind === "person") return by.get(`p:${translit(name)}`) ?? [];
    return isAcronym(name) ? (by.get(`o:${name.replace(/\./g, "")}`) ?? []) : [];
  };
}

function initials(name: string): string {
  return words(name)
    .filter((w) => !FILLER.has(w.toLowerCase()))
    .map((w) => w[0])
    .join("")
    .toUpperCase();
}
