import { type Lexicon, lexicon } from "./synonyms.ts";

/** Irregular forms common in news prose (written for this project; WordNet's exception lists are absent). */
const IRREGULAR: Record<string, string> = {
  said: "say",
  told: "tell",
  took: "take",
  taken: "take",
  gave: "give",
  given: "give",
  went: "go",
  gone: "go",
  made: "make",
  found: "find",
  thought: "think",
  brought: "bring",
  began: "begin",
  begun: "begin",
  came: "come",
  got: "get",
  held: "hold",
  kept: "keep",
  left: "leave",
  led: "lead",
  met: "meet",
  paid: "pay",
  sent: "send",
  spent: "spend",
  stood: "stand",
  won: "win",
  wrote: "write",
  written: "write",
  saw: "see",
  seen: "see",
  knew: "know",
  known: "know",
  grew: "grow",
  grown: "grow",
  fought: "fight",
  built: "build",
  struck: "strike",
  rose: "rise",
  risen: "rise",
  fell: "fall",
  fallen: "fall",
  shot: "shoot",
  sought: "seek",
  chose: "choose",
  chosen: "choose",
  drove: "drive",
  driven: "drive",
  broke: "break",
  broken: "break",
  spoke: "speak",
  spoken: "speak",
  hit: "hit",
  lost: "lose",
  meant: "mean",
  ran: "run",
  sold: "sell",
  felt: "feel",
  heard: "hear",
  understood: "understand",
  children: "child",
  men: "man",
  women: "woman",
  people: "person",
  better: "good",
  best: "good",
  worse: "bad",
  worst: "bad",
  larger: "large",
  largest: "large",
  was: "be",
  were: "be",
  is: "be",
  are: "be",
  been: "be",
  has: "have",
  had: "have",
  did: "do",
  done: "do",
};

/** Suffix rules (inflection → base), applied to every part of speech. */
const RULES: [string, string][] = [
  ["ies", "y"],
  ["ses", "s"],
  ["xes", "x"],
  ["zes", "z"],
  ["ches", "ch"],
  ["shes", "sh"],
  ["men", "man"],
  ["es", "e"],
  ["es", ""],
  ["s", ""],
  ["ied", "y"],
  ["ed", "e"],
  ["ed", ""],
  ["ing", "e"],
  ["ing", ""],
  ["er", ""],
  ["er", "e"],
  ["est", ""],
  ["est", "e"],
];

const DOUBLED = /^(.*([bdgklmnprt]))\2(?:ed|ing)$/;
const memo = new Map<string, number[]>();
let memoOf: Lexicon | null = null;

export function clearBaseForms(): void {
  memo.clear();
}

function addId(ids: number[], w: string, lex: Lexicon): void {
  const id = lex.index.get(w);
  if (id !== undefined && !ids.includes(id)) ids.push(id);
}

/** Lexicon entries a (lowercase) word form may come from (memoised per process). */
export function baseIds(word: string, lex: Lexicon): number[] {
  if (memoOf !== lex || memo.size >= 50000) {
    memo.clear();
    memoOf = lex;
  }
  const hit = memo.get(word);
  if (hit) return hit;
  const ids: number[] = [];
  addId(ids, word, lex);
  const irr = Object.hasOwn(IRREGULAR, word) ? IRREGULAR[word] : undefined;
  if (irr) addId(ids, irr, lex);
  for (const [suf, rep] of RULES) {
    if (word.length > suf.length + 2 && word.endsWith(suf)) addId(ids, word.slice(0, -suf.length) + rep, lex);
  }
  // doubled consonant before -ed/-ing: "stopped" → "stop"
  const m = DOUBLED.exec(word);
  if (m) addId(ids, m[1], lex);
  memo.set(word, ids);
  return ids;
}

/** Some synset of lemma x is a synset of lemma y or one link away from one. */
function related(lex: Lexicon, x: number, y: number): boolean {
  const { first, synsets, wideFirst, wide } = lex;
  for (let i = first[x]; i < first[x + 1]; i++) {
    for (let j = wideFirst[y]; j < wideFirst[y + 1]; j++) if (synsets[i] === wide[j]) return true;
  }
  return false;
}

const fold = (w: string) => w.normalize("NFD").replace(/\p{M}/gu, "");

/** Spelling or inflection variants ("jewelry"/"jewellery", "Vendome"/"Vendôme", "nation"/"nationwide"). */
export function spellingVariants(a: string, b: string): boolean {
  const fa = fold(a);
  const fb = fold(b);
  let p = 0;
  while (p < fa.length && p < fb.length && fa[p] === fb[p]) p++;
  return fa === fb || (p >= 4 && p >= 0.6 * Math.min(fa.length, fb.length));
}

/**
 * True when two different words are (near-)synonyms in WordNet through some base form. Spelling and
 * inflection variants are not: swapping them is editing, not spinning.
 */
export function areSynonyms(a: string, b: string, lex: Lexicon | null = lexicon()): boolean {
  if (!lex || a === b || spellingVariants(a, b)) return false;
  const xs = baseIds(a, lex);
  if (xs.length === 0) return false;
  const ys = baseIds(b, lex);
  for (const x of xs) {
    for (const y of ys) if (x !== y && (related(lex, x, y) || related(lex, y, x))) return true;
  }
  return false;
}

/** How common a word is, by proxy: the number of WordNet senses of its base forms; 0 when unknown. */
export function commonness(word: string, lex: Lexicon | null = lexicon()): number {
  if (!lex) return 0;
  let best = 0;
  for (const id of baseIds(word, lex)) best = Math.max(best, lex.first[id + 1] - lex.first[id]);
  return best;
}
