/** Load time and memory of the WordNet synonym lexicon: node --expose-gc --import tsx bench/reuse-lexicon.ts */
import { lexicon } from "../src/reuse/synonyms.ts";

const g = (globalThis as { gc?: () => void }).gc ?? (() => {});
g();
const m0 = process.memoryUsage();
const t = performance.now();
const lex = lexicon()!;
const ms = performance.now() - t;
g();
await new Promise((r) => setTimeout(r, 200));
g();
const m1 = process.memoryUsage();
console.log(
  `WordNet lexicon: ${lex.index.size} single-word lemmas, loaded in ${ms.toFixed(0)} ms; heap +${((m1.heapUsed - m0.heapUsed) / 1e6).toFixed(1)} MB, arrayBuffers +${((m1.arrayBuffers - m0.arrayBuffers) / 1e6).toFixed(1)} MB, rss +${((m1.rss - m0.rss) / 1e6).toFixed(1)} MB`,
);
