import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Relation } from "../../src/model/index.ts";
import { detectReuse, ReuseIndex } from "../../src/reuse/index.ts";
import * as F from "./fixtures.ts";

const doc = (id: string, text: string, publishedAt: string | null = null) => ({
  id,
  text,
  outlet: null,
  publishedAt,
});

function pair(text: string, a = "orig", b = "copy") {
  const rels = detectReuse([
    doc(a, F.ORIGINAL, "2025-03-06T10:00:00Z"),
    doc(b, text, "2025-03-06T15:00:00Z"),
  ]);
  for (const r of rels) Relation.parse(r);
  return rels;
}

describe("relation kinds on fictional fixtures", () => {
  const cases: [string, string, string][] = [
    ["copy inside page chrome", F.WITH_CHROME, "duplicate"],
    ["update with a new lead and a dropped paragraph", F.UPDATED, "version"],
    ["light human rewrite", F.REWRITTEN, "rewrite"],
    ["synonym-spun copy", F.SPUN, "spin"],
  ];
  for (const [label, text, kind] of cases) {
    it(`${label} → ${kind}, later text derived`, () => {
      const rels = pair(text);
      assert.equal(rels.length, 1);
      assert.equal(rels[0].kind, kind);
      assert.equal(rels[0].a, "orig");
      assert.equal(rels[0].b, "copy");
      assert.equal(rels[0].derived, "copy");
      assert.ok(rels[0].score > 0.5 && rels[0].score <= 1, `score ${rels[0].score}`);
    });
  }

  it("the spun side is found without dates (it uses the rarer words)", () => {
    const rels = detectReuse([doc("spun", F.SPUN), doc("orig", F.ORIGINAL)]);
    assert.equal(rels.length, 1);
    assert.equal(rels[0].kind, "spin");
    assert.equal(rels[0].derived, "spun");
  });

  it("no relation between independent reports of one event, even sharing a quote", () => {
    assert.deepEqual(pair(F.INDEPENDENT), []);
    assert.deepEqual(detectReuse([doc("i", F.INDEPENDENT), doc("q", F.SAME_QUOTE)]), []);
  });

  it("wire blocks shared by two outlets with their own stories → shared-source; one outlet → version", () => {
    const wire = F.ORIGINAL.split("\n\n").slice(1, 3).join("\n\n");
    const x = `${F.INDEPENDENT}\n\n${wire}`;
    const y = `${F.SAME_QUOTE}\n\n${wire}`;
    const two = detectReuse([
      { id: "x", text: x, outlet: "Valley Post", publishedAt: null },
      { id: "y", text: y, outlet: "Coast Herald", publishedAt: null },
    ]);
    assert.deepEqual(
      two.map((r) => [r.kind, r.derived]),
      [["shared-source", null]],
    );
    assert.equal(y.slice(...two[0].passages[0].b), x.slice(...two[0].passages[0].a));
    const one = detectReuse([
      { id: "x", text: x, outlet: "Valley Post", publishedAt: null },
      { id: "y", text: y, outlet: "Valley Post", publishedAt: null },
    ]);
    assert.deepEqual(
      one.map((r) => r.kind),
      ["version"],
    );
  });

  it("passages are spans of the same words in both texts", () => {
    const [r] = pair(F.WITH_CHROME);
    const p = r.passages[0];
    assert.equal(F.ORIGINAL.slice(...p.a), F.WITH_CHROME.slice(...p.b));
    assert.ok(F.WITH_CHROME.slice(...p.b).startsWith("Floodwater reached"));
  });
});

describe("ReuseIndex", () => {
  it("adds incrementally and reports each relation once, against earlier documents", () => {
    const index = new ReuseIndex();
    assert.deepEqual(index.add(doc("orig", F.ORIGINAL)), []);
    assert.deepEqual(index.add(doc("other", F.INDEPENDENT)), []);
    const rels = index.add(doc("copy", F.WITH_CHROME));
    assert.deepEqual(
      rels.map((r) => [r.a, r.b, r.kind]),
      [["orig", "copy", "duplicate"]],
    );
    assert.deepEqual(index.add(doc("copy", F.WITH_CHROME)), [], "same id twice is ignored");
    assert.equal(index.size, 3);
  });

  it("rebuilds from exported state, taking texts from getText", () => {
    const first = new ReuseIndex();
    first.add(doc("orig", F.ORIGINAL));
    first.add(doc("other", F.INDEPENDENT));
    const state = first.exportDoc("orig");
    assert.ok(state.byteLength <= 200, `state is ${state.byteLength} bytes`);
    const texts = new Map([["orig", F.ORIGINAL]]);
    const second = new ReuseIndex({ getText: (id) => texts.get(id) });
    second.importDoc("orig", { outlet: null, publishedAt: null }, state);
    second.importDoc("other", { outlet: null, publishedAt: null }, first.exportDoc("other"));
    const rels = second.add(doc("upd", F.UPDATED));
    assert.deepEqual(
      rels.map((r) => [r.a, r.kind]),
      [["orig", "version"]],
    );
  });

  it("keeps texts given to importDoc when there is no getText", () => {
    const first = new ReuseIndex();
    first.add(doc("orig", F.ORIGINAL));
    const second = new ReuseIndex();
    second.importDoc("orig", { outlet: null, publishedAt: null }, first.exportDoc("orig"), F.ORIGINAL);
    assert.equal(second.add(doc("spun", F.SPUN))[0]?.kind, "spin");
  });

  it("rejects foreign state and unknown ids with TypeErrors that say what to do", () => {
    const index = new ReuseIndex();
    assert.throws(() => index.exportDoc("nope"), TypeError);
    assert.throws(
      () => index.importDoc("x", { outlet: null, publishedAt: null }, new Uint8Array([9, 0, 0, 0])),
      /unknown format/,
    );
    const small = new ReuseIndex({ bins: 32 });
    small.add(doc("orig", F.ORIGINAL));
    assert.throws(
      () => index.importDoc("x", { outlet: null, publishedAt: null }, small.exportDoc("orig")),
      /rebuild/,
    );
    assert.throws(() => new ReuseIndex({ bins: 48 }), TypeError);
  });

  it("ignores texts too short to shingle", () => {
    const index = new ReuseIndex();
    assert.deepEqual(index.add(doc("a", "Breaking")), []);
    assert.deepEqual(index.add(doc("b", "Breaking")), []);
    assert.equal(index.exportDoc("b")[1], 1, "empty flag persisted");
  });
});
