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
    const slot = wordTerm(lower);
    const kind = cacheKind[slot];
    if (kind === 1) return;
    const h = cacheTerm[slot];
    counts.set(h, (counts.get(h) ?? 0) + n);
    const weight = kind === 3 ? w.number : w.word;
    if (weight !== 1) family.set(h, weight);
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

const CACHE_BITS = 18;
const CACHE_MASK = (1 << CACHE_BITS) - 1;
/** Direct-mapped cache keyed by the word's own hash: word hash, term hash, and 0 empty / 1 stopword / 2 word / 3 number. */
const cacheKey = new Uint32Array(1 << CACHE_BITS);
const cacheTerm = new Uint32Array(1 << CACHE_BITS);
const cacheKind = new Uint8Array(1 << CACHE_BITS);

/** The slot of a lowercase word in the cache, filled with its hashed content term (kind 1: a stopword). */
function wordTerm(lower: string): number {
  const k = hashTerm(lower);
  const slot = k & CACHE_MASK;
  if (cacheKind[slot] !== 0 && cacheKey[slot] === k) return slot;
  const term = contentTerm(lower);
  cacheKey[slot] = k;
  cacheTerm[slot] = term ? hashTerm(term) : 0;
  cacheKind[slot] = !term ? 1 : /^\d/.test(term) ? 3 : 2;
  return slot;
}

/** A name counts as itself and as its last word ("Tara Reid" also as "Reid"). */
function nameKeys(name: string): string[] {
  const lower = name.toLowerCase();
  const parts = lower.split(" ");
  return parts.length > 1 ? [`#${lower}`, `#${parts[parts.length - 1]}`] : [`#${lower}`];
}
