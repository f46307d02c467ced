import type { StoryRecord } from "./record.ts";

/** Inverted index from a term to the open stories whose key terms include it. */
export class Postings {
  private map = new Map<number, Set<StoryRecord>>();

  set(s: StoryRecord, keys: number[]): void {
    this.remove(s);
    s.keys = keys;
    for (const k of keys) {
      let set = this.map.get(k);
      if (!set) this.map.set(k, (set = new Set()));
      set.add(s);
    }
  }

  remove(s: StoryRecord): void {
    for (const k of s.keys) {
      const set = this.map.get(k);
      if (!set) continue;
      set.delete(s);
      if (set.size === 0) this.map.delete(k);
    }
    s.keys = [];
  }

  /** Stories sharing key terms with `v` (weighted by `weight`), best overlap first, at most `limit`. */
  candidates(
    v: Map<number, number>,
    limit: number,
    weight: (h: number) => number,
    skip?: StoryRecord,
  ): StoryRecord[] {
    const score = new Map<StoryRecord, number>();
    for (const [h, x] of v) {
      const set = this.map.get(h);
      if (!set) continue;
      const w = x * weight(h);
      for (const s of set) if (s !== skip) score.set(s, (score.get(s) ?? 0) + w);
    }
    return [...score]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map((e) => e[0]);
  }

  get size(): number {
    return this.map.size;
  }
}
