import type { Idf } from "./idf.ts";
import type { Name, NameKind } from "./names.ts";

/** What the clusterer keeps per story. `centroid` is the sum of its articles' unit vectors. */
export interface StoryRecord {
  id: string;
  /** stream position of the first article (older stories absorb younger ones on merge) */
  born: number;
  articleIds: string[];
  centroid: Map<number, number>;
  /** length of `centroid` under the IDF of `normAt` articles (recomputed when stale; -1: stale) */
  norm: number;
  normAt: number;
  title: string | null;
  /** where `title` came from: an article's own title (its time and stream position), or null for a headline guess */
  titledBy: { time: number | null; seq: number } | null;
  start: number | null;
  end: number | null;
  /** stream position of the last article added (for undated streams) */
  lastSeq: number;
  outlets: Map<string, number>;
  names: Map<string, NameTally>;
  mergedFrom: { id: string; articleIds: string[] }[];
  closed: boolean;
  /** terms under which the story is indexed for candidate lookup */
  keys: number[];
  /** the articles while the story is live and small enough to be split; null after */
  members: Member[] | null;
  /** size at which the story is next checked for a split */
  nextCheck: number;
  /** stories split off from this one (never merged back) */
  apart: string[];
}

/** What a live story remembers of each article, so that it can be split again. */
export interface Member {
  id: string;
  seq: number;
  /** the article's raw vector (see `unitRaw`) */
  u: Map<number, number>;
  time: number | null;
  outlet: string | null;
  title: string;
  /** true when `title` is the article's own title, not a guess from its text */
  titled: boolean;
  names: Name[];
  /** a copy or version of another article (stays in that article's story) */
  derived?: boolean;
}

export interface NameTally {
  count: number;
  kinds: Partial<Record<NameKind, number>>;
}

export function newRecord(id: string, born: number): StoryRecord {
  return {
    id,
    born,
    articleIds: [],
    centroid: new Map(),
    norm: 0,
    normAt: -1,
    title: null,
    titledBy: null,
    start: null,
    end: null,
    lastSeq: 0,
    outlets: new Map(),
    names: new Map(),
    mergedFrom: [],
    closed: false,
    keys: [],
    members: [],
    nextCheck: 8,
    apart: [],
  };
}

/** Empties a story's articles and everything counted from them (before it is rebuilt). */
export function clear(s: StoryRecord): void {
  s.articleIds = [];
  s.centroid = new Map();
  s.normAt = -1;
  s.title = null;
  s.titledBy = null;
  s.start = null;
  s.end = null;
  s.outlets = new Map();
  s.names = new Map();
  s.members = [];
}

/** Adds an article's raw vector into the story's centroid. */
export function addVector(s: StoryRecord, vec: Map<number, number>): void {
  for (const [h, v] of vec) s.centroid.set(h, (s.centroid.get(h) ?? 0) + v);
  s.normAt = -1;
}

export function widen(s: StoryRecord, t: number | null): void {
  if (t === null) return;
  if (s.start === null || t < s.start) s.start = t;
  if (s.end === null || t > s.end) s.end = t;
}

/** Keeps the heaviest `max` terms (under the current IDF) of a centroid so big stories stay cheap to score. */
export function prune(s: StoryRecord, max: number, idf: Idf): void {
  if (s.centroid.size <= max * 3) return;
  const w = new Float64Array(s.centroid.size);
  let i = 0;
  for (const [h, v] of s.centroid) w[i++] = v * idf.weight(h);
  const cut = w.sort()[w.length - max];
  for (const [h, v] of s.centroid) if (v * idf.weight(h) < cut) s.centroid.delete(h);
  s.normAt = -1;
}
