import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { clusterStories, type StoryInput } from "../../src/stories/index.ts";
import { articles } from "./fixtures.ts";

const SEEDS = resolve(dirname(fileURLToPath(import.meta.url)), "../../../shared/seeds");

function seeds(): StoryInput[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({
      id: f,
      title: null,
      text: readFileSync(join(SEEDS, f), "utf8"),
      publishedAt: null,
      outlet: null,
    }));
}

test("the five seed articles form one story, apart from unrelated articles", (t) => {
  if (!existsSync(SEEDS)) {
    t.skip("../shared not found");
    return;
  }
  const input = seeds();
  assert.equal(input.length, 5);
  const mixed = [...articles.map((a) => ({ ...a, publishedAt: null })), ...input];
  const stories = clusterStories(mixed);
  const holding = stories.filter((s) => s.articleIds.some((id) => id.endsWith(".txt")));
  assert.equal(holding.length, 1, holding.map((s) => s.articleIds.join(",")).join(" | "));
  assert.deepEqual(
    [...holding[0].articleIds].sort(),
    input.map((a) => a.id),
  );
});

test("seed story names its key people and places", (t) => {
  if (!existsSync(SEEDS)) {
    t.skip("../shared not found");
    return;
  }
  const [story] = clusterStories(seeds());
  const names = [...story.people, ...story.places, ...story.organizations].join("|");
  assert.match(names, /North Korea|Russia|Ukraine|Pentagon/);
});
