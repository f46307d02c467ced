import { monthsMentioned, toTime } from "./dates.ts";
import { hashTerm } from "./hash.ts";
import type { StoryInput } from "./input.ts";
import { findNames, type Name } from "./names.ts";
import { contentTerm, tokenize } from "./tokens.ts";

/** Relative weights of the feature families in an article's vector. */
export interface FeatureWeights {
  word: number;
  name: number;
  date: number;
  number: number;
  title: number;
}

export interface Features {
  /** term hash -> sublinear, family-weighted frequency (IDF is applied by the clusterer) */
  terms: Map<number, number>;
  names: Name[];
  time: number | null;
}

/** Cheap features for one article: stemmed words, names (given or found), dates mentioned. */
export function featuresOf(a: StoryInput, w: FeatureWeights): Features {
  const counts = new Map<number, number>();
  const family = new Map<number, number>();
  const bump = (term: string, weight: number, n = 1) => {
    const h = hashTerm(term);
    counts.set(h, (counts.get(h) ?? 0) + n);
    if (weight !== 1) family.set(h, weight);
  };
  const bumpWord = (lower: string, n = 1) => {
    const t = wordTerm(lower);
    if (!t) return;
    counts.set(t.h, (counts.get(t.h) ?? 0) + n);
    if (t.num && w.number !== 1) family.set(t.h, w.number);
    else if (!t.num && w.word !== 1) family.set(t.h, w.word);
  };
  const body = a.title ? `${a.title}\n${a.text}` : a.text;
  const tokens = tokenize(body);
  for (const t of tokens) bumpWord(t.lower);
  for (const t of a.title ? tokenize(a.title) : []) bumpWord(t.lower, w.title);
  const found = findNames(tokens);
  const names = a.entities?.length ? a.entities.map((e) => ({ kind: e.kind, name: e.name })) : found;
  for (const n of found) for (const key of nameKeys(n.name)) bump(key, w.name);
  for (const m of monthsMentioned(body)) bump(`@${m}`, w.date);
  const terms = new Map<number, number>();
  for (const [h, c] of counts) if (c > 0) terms.set(h, (family.get(h) ?? 1) * (1 + Math.log(c)));
  return { terms, names, time: toTime(a.publishedAt) };
}

type WordTerm = { h: number; num: boolean } | null;
const CACHE_MAX = 50_000;
/** Two generations: when the young one fills, it becomes the old one, so frequent words stay cached. */
let young = new Map<string, WordTerm>();
let old = new Map<string, WordTerm>();

/** The hashed content term of a lowercase word (null for stopwords), memoized in a bounded cache. */
function wordTerm(lower: string): WordTerm {
  let t = young.get(lower);
  if (t !== undefined) return t;
  t = old.get(lower);
  if (t === undefined) {
    const term = contentTerm(lower);
    t = term ? { h: hashTerm(term), num: /^\d/.test(term) } : null;
  }
  if (young.size >= CACHE_MAX) {
    old = young;
    young = new Map();
  }
  young.set(lower, t);
  return t;
}

/** A name counts as itself and as its last word ("Tara Reid" also as "Reid"). */
function nameKeys(name: string): string[] {
  const lower = name.toLowerCase();
  const parts = lower.split(" ");
  return parts.length > 1 ? [`#${lower}`, `#${parts[parts.length - 1]}`] : [`#${lower}`];
}
