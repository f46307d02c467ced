import { words } from "./words.ts";

const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "the"]);
const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "him", "her", "them"]);

/** Normal form of a person or organisation name: "Ms. Anika Brandt's" -> "anika brandt". */
export function nameKey(name: string | null | undefined): string | null {
  if (!name) return null;
  const w = words(name.replace(/['\u2019]s\b/g, ""));
  while (w.length > 1 && HONORIFICS.has(w[0])) w.shift();
  if (w.length === 0 || (w.length === 1 && PRONOUNS.has(w[0]))) return null;
  return w.join(" ");
}

/**
 * Names seen across a story. A lone surname ("Brandt") resolves to the one full name that ends
 * with it ("Anika Brandt"); the display form is the most frequent full spelling.
 */
export class NameIndex {
  private readonly spellings = new Map<string, Map<string, number>>();
  private readonly bySurname = new Map<string, Set<string>>();

  /** `canon`: the story's entity names by the key of each alias ("singh" -> "Sabrina Singh"). */
  constructor(private readonly canon: Map<string, string> = new Map()) {}

  add(given: string | null | undefined): void {
    const name = this.canonical(given);
    const k = nameKey(name);
    if (!k || !name) return;
    let s = this.spellings.get(k);
    if (!s) this.spellings.set(k, (s = new Map()));
    const shown = name.trim();
    s.set(shown, (s.get(shown) ?? 0) + 1);
    const parts = k.split(" ");
    if (parts.length > 1) {
      const last = parts[parts.length - 1];
      let set = this.bySurname.get(last);
      if (!set) this.bySurname.set(last, (set = new Set()));
      set.add(k);
    }
  }

  /** Canonical key of a name, or null when it says nothing (empty, a pronoun). */
  resolve(given: string | null | undefined): string | null {
    const k = nameKey(this.canonical(given));
    if (!k || k.includes(" ")) return k;
    const full = this.bySurname.get(k);
    return full && full.size === 1 ? [...full][0] : k;
  }

  /** The story's name for a spelling its entities know, else the spelling itself. */
  private canonical(name: string | null | undefined): string | null | undefined {
    const k = nameKey(name);
    return (k && this.canon.get(k)) || name;
  }

  display(key: string): string {
    const s = this.spellings.get(key);
    if (!s) return key;
    let best = "";
    let n = -1;
    for (const [shown, c] of s) if (c > n || (c === n && shown < best)) [best, n] = [shown, c];
    return best;
  }
}
