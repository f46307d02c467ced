/** Documents of the reuse generator as structure (paragraphs of sentences of words), and their rendering. */
import { CHROME_LINES, FUNCTION_WORDS, rng, sampleZipf, type Vocab } from "./reuse-gen-vocab.ts";

export interface Sentence {
  words: string[];
  /** rendered as “words,” Speaker said. */
  speaker?: string;
}
export type Paragraph = Sentence[];
export interface DocShape {
  title: Sentence;
  paragraphs: Paragraph[];
  chromeTop: string[];
  chromeBottom: string[];
}

/** One word: a name, a number, or a word of one Zipf ranking (s = 1): function words first, then content. */
export function randomWord(v: Vocab, r: () => number): string {
  const u = r();
  if (u < 0.04) return v.names[Math.floor(r() * r() * v.names.length)];
  if (u < 0.055) return String(Math.floor(r() * 2000) + 2);
  const rank = sampleZipf(v.cdf, r());
  return rank < FUNCTION_WORDS.length ? FUNCTION_WORDS[rank] : v.content[rank - FUNCTION_WORDS.length];
}

export function randomSentence(v: Vocab, r: () => number, min = 12, max = 28): Sentence {
  const n = min + Math.floor(r() * (max - min + 1));
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    words.push(randomWord(v, r));
    if (i > 3 && i < n - 2 && r() < 0.07) words.push(",");
  }
  return { words };
}

/** The quote every report of `event` may carry (independent reports share quotes, not text). */
export function eventQuote(v: Vocab, event: number): Sentence {
  const r = rng(0x51ed ^ Math.imul(event + 1, 0x9e3779b1));
  return { ...randomSentence(v, r, 18, 30), speaker: v.names[Math.floor(r() * v.names.length)] };
}

/** A fresh ~600-word article; `event` > = 0 adds that event's shared quote. */
export function baseShape(v: Vocab, seed: number, event: number): DocShape {
  const r = rng(seed);
  const target = 560 + Math.floor(r() * 80);
  const paragraphs: Paragraph[] = [];
  let words = 0;
  while (words < target) {
    const p: Paragraph = [];
    const ns = 2 + Math.floor(r() * 3);
    for (let s = 0; s < ns && words < target; s++) {
      const sent = randomSentence(v, r);
      if (r() < 0.06) sent.speaker = v.names[Math.floor(r() * v.names.length)];
      p.push(sent);
      words += sent.words.length;
    }
    paragraphs.push(p);
  }
  if (event >= 0) paragraphs.splice(1 + Math.floor(r() * 3), 0, [eventQuote(v, event)]);
  return { title: randomSentence(v, r, 6, 10), paragraphs, chromeTop: [], chromeBottom: [] };
}

export function chromeLines(r: () => number, k: number): string[] {
  return Array.from({ length: k }, () => CHROME_LINES[Math.floor(r() * CHROME_LINES.length)]);
}

function renderSentence(s: Sentence): string {
  let t = "";
  for (const w of s.words) t += w === "," ? "," : t ? ` ${w}` : w;
  if (s.speaker) return `\u201c${t[0].toUpperCase()}${t.slice(1)},\u201d ${s.speaker} said.`;
  return `${t[0].toUpperCase()}${t.slice(1)}.`;
}

export function render(d: DocShape): string {
  const lines = [...d.chromeTop, renderSentence(d.title).slice(0, -1)];
  for (const p of d.paragraphs) lines.push(p.map(renderSentence).join(" "));
  lines.push(...d.chromeBottom);
  return lines.join("\n\n");
}
