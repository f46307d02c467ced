import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { align } from "../../src/reuse/index.ts";
import * as F from "./fixtures.ts";

const paragraphs = F.ORIGINAL.split("\n\n");

describe("align", () => {
  it("finds nothing between unrelated texts", () => {
    assert.deepEqual(align(F.ORIGINAL, F.INDEPENDENT), []);
  });

  it("splits reordered paragraphs into passages, in B's order", () => {
    const b = [paragraphs[4], paragraphs[1], paragraphs[2]].join("\n\n");
    const ps = align(F.ORIGINAL, b);
    assert.equal(ps.length, 2, JSON.stringify(ps));
    assert.equal(F.ORIGINAL.slice(...ps[0].a), paragraphs[4].replace(/\.$/, ""));
    assert.equal(b.slice(...ps[1].b), F.ORIGINAL.slice(...ps[1].a));
    assert.ok(b.slice(...ps[1].b).startsWith("About 240 residents"));
  });

  it("bridges one-for-one synonym swaps inside a passage", () => {
    const ps = align(F.ORIGINAL, F.SPUN);
    assert.equal(ps.length, 1);
    assert.ok(F.SPUN.slice(...ps[0].b).includes("informed newsmen"));
    assert.ok(F.ORIGINAL.slice(...ps[0].a).includes("told reporters"));
  });

  it("carries passages across chrome lines inserted between paragraphs", () => {
    const b = paragraphs.slice(0, 3).join("\nAdvertisement\nShare on social media\n");
    const ps = align(F.ORIGINAL, b);
    for (const para of paragraphs.slice(0, 3)) {
      const at = b.indexOf(para);
      assert.ok(
        ps.some((p) => p.b[0] <= at && p.b[1] >= at + para.length - 1),
        `paragraph at ${at} not covered`,
      );
    }
  });

  it("spans index UTF-16 text, whatever precedes them", () => {
    const prefix = "Ünïcödé — “headline” 🌊\n\n";
    const ps = align(F.ORIGINAL, prefix + F.ORIGINAL);
    assert.equal(ps.length, 1);
    assert.equal(ps[0].b[0], prefix.length);
    assert.equal((prefix + F.ORIGINAL).slice(...ps[0].b), F.ORIGINAL.slice(...ps[0].a));
  });
});
