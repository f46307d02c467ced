import assert from "node:assert/strict";
import { test } from "node:test";
import { derivations } from "../../src/crosscheck/sources.ts";
import type { Article, Relation } from "../../src/model/index.ts";

function article(id: string, outlet: string, publishedAt: string): Article {
  return {
    id,
    source: `${id}.txt`,
    outlet,
    title: null,
    author: null,
    publishedAt,
    modifiedAt: null,
    url: null,
    language: null,
    text: "",
    removed: [],
    contentHash: id,
    isArticle: true,
  };
}

const rel = (a: string, b: string, kind: Relation["kind"], derived: string, score: number): Relation => ({
  a,
  b,
  kind,
  derived,
  score,
  passages: [],
});

test("two copies of one original look related; each is named after the original, not after the other copy", () => {
  const articles = [
    article("wire", "Wire", "2026-03-08T10:00:00Z"),
    article("spun", "Spinner", "2026-03-08T11:00:00Z"),
    article("rewrite", "Post", "2026-03-08T12:00:00Z"),
  ];
  const d = derivations(articles, [
    rel("wire", "spun", "spin", "spun", 0.6),
    rel("wire", "rewrite", "rewrite", "rewrite", 0.5),
    // the reuse stage also sees the rewrite as a spin of the spun copy, with a higher score
    rel("spun", "rewrite", "spin", "rewrite", 0.7),
  ]);
  assert.deepEqual(d.get("spun"), { kind: "spin", of: "wire", score: 0.6 });
  assert.deepEqual(d.get("rewrite"), { kind: "rewrite", of: "wire", score: 0.5 });
  assert.equal(d.get("wire"), undefined);
});
