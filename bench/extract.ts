/**
 * Extraction speed: full `extract()` (entities, quotes, claims, events) over ~600-word articles.
 * Texts are the seeds cut or repeated to ~600 words when ../shared is present, else generated fictional
 * news; every text is made unique so no cache is reused across articles.
 * With --libs, also times compromise (people and places) and wink-nlp (tokens, sentences, POS) over the
 * same texts, the libraries the extractor could have been built on.
 * Usage: tsx bench/extract.ts [--n 600] [--words 600] [--libs]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { extractEntities } from "../src/extract/entities/index.ts";
import { extract } from "../src/extract/index.ts";
import { extractQuotes } from "../src/extract/quotes/index.ts";

const { values } = parseArgs({
  options: {
    n: { type: "string", default: "600" },
    words: { type: "string", default: "600" },
    libs: { type: "boolean", default: false },
  },
});
const N = Number(values.n);
const WORDS = Number(values.words);
const seedsDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "shared", "seeds");

function generated(i: number): string {
  const who = [
    "Harbour Minister Elin Varga",
    "Mayor Tomas Reid",
    "the Fisheries Ministry",
    "Senator Mira Olsen",
  ][i % 4];
  return [
    `${who} said on Monday that about ${1200 + i} people had left the coast of Northland after the storm.`,
    `“We expect the water to fall by Friday, but the roads remain closed,” ${who.split(" ").at(-1)} told reporters in Port Alden.`,
    `“Nobody should drive tonight,” she added. According to the Coastal Transport Agency (CTA), 14 ferries were cancelled.`,
    "The CTA said repairs would cost more than 3 million euros, and engineers warned that two bridges were unsafe.",
  ].join("\n\n");
}

function corpus(): string[] {
  const base = existsSync(seedsDir)
    ? readdirSync(seedsDir)
        .filter((f) => f.endsWith(".txt"))
        .map((f) => readFileSync(join(seedsDir, f), "utf8"))
    : Array.from({ length: 8 }, (_, i) => generated(i));
  return Array.from({ length: N }, (_, i) => {
    let t = base[i % base.length];
    while (t.split(/\s+/).length < WORDS) t += `\n\n${base[(i + t.length) % base.length]}`;
    return `${t
      .split(/(?<=\s)/)
      .slice(0, WORDS)
      .join("")}\n\nFiled as item ${i}.`;
  });
}

const texts = corpus();
const words = texts.reduce((s, t) => s + t.split(/\s+/).length, 0);
for (let i = 0; i < Math.min(30, N); i++) extract({ id: `w${i}`, text: `${texts[i]} `, publishedAt: null });
const t0 = performance.now();
let quotes = 0;
let entities = 0;
for (let i = 0; i < N; i++) {
  const x = extract({ id: `a${i}`, text: texts[i], publishedAt: "2024-10-29" });
  quotes += x.quotes.length;
  entities += x.entities.length;
}
const s = (performance.now() - t0) / 1000;
console.log(`extract: ${N} articles, ${Math.round(words / N)} words avg, ${s.toFixed(2)} s`);
console.log(
  `  ${(N / s).toFixed(0)} articles/s, ${(words / s / 1000).toFixed(0)}k words/s; ${quotes} quotes, ${entities} entities`,
);
const t2 = performance.now();
for (let i = 0; i < N; i++) extractQuotes(texts[i], `b${i}`, extractEntities(texts[i], `b${i}`));
console.log(`  entities+quotes alone: ${(N / ((performance.now() - t2) / 1000)).toFixed(0)} articles/s`);

if (values.libs) {
  const { default: nlp } = await import("compromise");
  const { default: winkNLP } = await import("wink-nlp");
  const { default: model } = await import("wink-eng-lite-web-model");
  const time = (name: string, f: (t: string) => unknown) => {
    const t1 = performance.now();
    for (const t of texts) f(t);
    console.log(`  ${name}: ${(N / ((performance.now() - t1) / 1000)).toFixed(0)} articles/s`);
  };
  time("compromise people+places", (t) => {
    const d = nlp(t);
    return [d.people().out("array"), d.places().out("array")];
  });
  const wink = winkNLP(model);
  const its = wink.its;
  time("wink-nlp tokens+sentences+pos", (t) => {
    const d = wink.readDoc(t);
    return [d.sentences().length(), d.tokens().out(its.pos)];
  });
}
