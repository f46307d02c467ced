/** Corpus-level evidence: short non-sentence lines that recur across distinct articles of one source. */
import { isSentence, wordCount } from "./lines.ts";

export const lineKey = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

/** Docs sharing several sentences are versions of one article; their common lines are not evidence. */
function versionPairs(units: string[][]): boolean[][] {
  const sents = units.map((u) => new Set(u.filter(isSentence).map(lineKey)));
  return sents.map((a, i) =>
    sents.map((b, j) => {
      if (i === j) return true;
      let shared = 0;
      for (const s of a) if (b.has(s)) shared++;
      return shared >= 2 || shared >= Math.min(a.size, b.size) * 0.3;
    }),
  );
}

/** Number of docs among `ids` that are not versions of an earlier one in the list. */
function independent(ids: number[], versions: boolean[][]): number {
  const picked: number[] = [];
  for (const i of ids) if (!picked.some((p) => versions[p][i])) picked.push(i);
  return picked.length;
}

/** A navigation-like label: a few words, not introducing what follows (no trailing colon). */
const isLabel = (line: string) => wordCount(line) <= 4 && !/:$/.test(line);

/**
 * Keys of lines that recur, outside versions of one article, in three or more docs of one outlet,
 * or in two when they are short labels.
 */
export function recurringChrome(units: string[][], outlets: (string | null)[]): Set<string> {
  const versions = versionPairs(units);
  const where = new Map<string, number[]>();
  units.forEach((u, i) => {
    for (const line of new Set(u.map(lineKey))) {
      if (isSentence(line) || wordCount(line) > 12 || line.length > 120) continue;
      const key = `${outlets[i] ?? ""}\u0000${line}`;
      where.set(key, [...(where.get(key) ?? []), i]);
    }
  });
  const out = new Set<string>();
  for (const [key, ids] of where) {
    if (ids.length < 2) continue;
    const line = key.slice(key.indexOf("\u0000") + 1);
    const n = independent(ids, versions);
    if (n >= 3 || (n === 2 && isLabel(line))) out.add(line);
  }
  return out;
}
