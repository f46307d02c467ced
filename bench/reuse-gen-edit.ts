/** The planted derivations of the reuse generator. Each returns a new shape; the source is not changed. */
import {
  chromeLines,
  type DocShape,
  type Paragraph,
  randomSentence,
  randomWord,
  type Sentence,
} from "./reuse-gen-doc.ts";
import type { Vocab } from "./reuse-gen-vocab.ts";

const copy = (d: DocShape): DocShape => ({
  title: { ...d.title, words: [...d.title.words] },
  paragraphs: d.paragraphs.map((p) => p.map((s) => ({ ...s, words: [...s.words] }))),
  chromeTop: [...d.chromeTop],
  chromeBottom: [...d.chromeBottom],
});

const pick = <T>(r: () => number, xs: T[]): T => xs[Math.floor(r() * xs.length)];

/** The same body inside another site's navigation, banners and prompts. */
export function withChrome(d: DocShape, r: () => number): DocShape {
  const c = copy(d);
  c.chromeTop = chromeLines(r, 2 + Math.floor(r() * 3));
  c.chromeBottom = chromeLines(r, 2 + Math.floor(r() * 3));
  return c;
}

/** A contiguous 50-80% of the paragraphs, with chrome. */
export function partial(d: DocShape, r: () => number): DocShape {
  const c = withChrome(d, r);
  const n = c.paragraphs.length;
  const keep = Math.max(2, Math.round(n * (0.5 + 0.3 * r())));
  const from = Math.floor(r() * (n - keep + 1));
  c.paragraphs = c.paragraphs.slice(from, from + keep);
  return c;
}

/** An update: new lead paragraph, one or two paragraphs dropped, one or two added. */
export function version(d: DocShape, v: Vocab, r: () => number): DocShape {
  const c = copy(d);
  const fresh = (): Paragraph => [randomSentence(v, r), randomSentence(v, r)];
  const drop = 1 + Math.floor(r() * 2);
  for (let k = 0; k < drop && c.paragraphs.length > 3; k++)
    c.paragraphs.splice(1 + Math.floor(r() * (c.paragraphs.length - 1)), 1);
  c.paragraphs[0] = fresh();
  const add = 1 + Math.floor(r() * 2);
  for (let k = 0; k < add; k++) c.paragraphs.splice(1 + Math.floor(r() * c.paragraphs.length), 0, fresh());
  return c;
}

/** Light edits of every sentence (quotes kept): words dropped, inserted, replaced or swapped. */
export function rewrite(d: DocShape, v: Vocab, r: () => number): DocShape {
  const c = copy(d);
  const edit = (s: Sentence) => {
    if (s.speaker) return;
    const ops = 1 + Math.floor(s.words.length / 12) + Math.floor(r() * 2);
    for (let k = 0; k < ops; k++) {
      const i = 1 + Math.floor(r() * (s.words.length - 2));
      const op = r();
      if (op < 0.3) s.words.splice(i, 1);
      else if (op < 0.55) s.words.splice(i, 0, randomWord(v, r));
      else if (op < 0.8) s.words[i] = randomWord(v, r);
      else [s.words[i], s.words[i + 1]] = [s.words[i + 1], s.words[i]];
    }
  };
  c.paragraphs.forEach((p) => {
    p.forEach(edit);
  });
  edit(c.title);
  return c;
}

/** Machine spinning: each word that has WordNet synonyms is replaced by one with probability `rate`. */
export function spin(d: DocShape, v: Vocab, r: () => number, rate: number): DocShape {
  const c = copy(d);
  const sub = (s: Sentence) => {
    s.words = s.words.map((w) => {
      const syn = v.synonyms.get(w);
      return syn && syn.length > 0 && r() < rate ? pick(r, syn) : w;
    });
  };
  c.paragraphs.forEach((p) => {
    p.forEach(sub);
  });
  sub(c.title);
  return c;
}
