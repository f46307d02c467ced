/** Corpus-level evidence: short non-sentence lines that recur across distinct articles of one source. */
import { isSentence, wordCount } from "./lines.ts";

export const lineKey = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

/** Docs sharing several sentences are versions of one article; their common lines are not evidence. */
class Versions {
  private readonly sents: Set<string>[];
  private readonly cache = new Map<number, boolean>();
  constructor(units: string[][]) {
    this.sents = units.map((u) => new Set(u.filter(isSentence).map(lineKey)));
  }
  same(i: number, j: number): boolean {
    if (i === j) return true;
    const key = i < j ? i * 4294967296 + j : j * 4294967296 + i;
    let v = this.cache.get(key);
    if (v === undefined) {
      const [a, b] =
        this.sents[i].size <= this.sents[j].size
          ? [this.sents[i], this.sents[j]]
          : [this.sents[j], this.sents[i]];
      let shared = 0;
      for (const s of a) if (b.has(s)) shared++;
      v = shared >= 2 || (a.size > 0 && shared >= a.size * 0.3);
      this.cache.set(key, v);
    }
    return v;
  }
}

/** Docs among `ids` that are not versions of one another, counted up to `enough`. */
function independent(ids: number[], versions: Versions, enough: number): number {
  const picked: number[] = [];
  for (const i of ids) {
    if (!picked.some((p) => versions.same(p, i))) picked.push(i);
    if (picked.length >= enough) break;
  }
  return picked.length;
}

/** A navigation-like label: a few words, not introducing what follows (no trailing colon). */
const isLabel = (line: string) => wordCount(line) <= 4 && !/:$/.test(line);

/** Key of a line within one outlet's docs. */
export const outletLineKey = (outlet: string | null, line: string) => `${outlet ?? ""}\u0000${lineKey(line)}`;

/**
 * Outlet-and-line keys of lines that recur, outside versions of one article, in three or more docs
 * of one outlet, or in two when they are short labels.
 */
export function recurringChrome(units: string[][], outlets: (string | null)[]): Set<string> {
  const where = new Map<string, number[]>();
  units.forEach((u, i) => {
    for (const line of new Set(u.map(lineKey))) {
      if (isSentence(line) || wordCount(line) > 12 || line.length > 120) continue;
      const key = outletLineKey(outlets[i], line);
      const ids = where.get(key);
      if (ids) ids.push(i);
      else where.set(key, [i]);
    }
  });
  const versions = new Versions(units);
  const out = new Set<string>();
  for (const [key, ids] of where) {
    if (ids.length < 2) continue;
    const n = independent(ids, versions, 3);
    if (n >= 3 || (n === 2 && isLabel(key.slice(key.indexOf("\u0000") + 1)))) out.add(key);
  }
  return out;
}
