import assert from "node:assert/strict";
import { test } from "node:test";
import { clusterStories, StoryClusterer, type StoryInput } from "../../src/stories/index.ts";
import { articles, event, portStrikes } from "./fixtures.ts";

/** Gold event -> set of story ids its articles landed in. */
function spread(stories: { id: string; articleIds: string[] }[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const s of stories)
    for (const a of s.articleIds) out.set(event(a), (out.get(event(a)) ?? new Set()).add(s.id));
  return out;
}

test("look-alike events (two rehab stays, same week) stay in separate stories", () => {
  const stories = clusterStories(articles);
  const by = spread(stories);
  assert.equal(by.get("vell")?.size, 1);
  assert.equal(by.get("arkin")?.size, 1);
  assert.notDeepEqual([...(by.get("vell") ?? [])], [...(by.get("arkin") ?? [])]);
  assert.equal(stories.length, 4);
});

test("look-alike events stay apart without dates too", () => {
  const undated = articles.map((a) => ({ ...a, publishedAt: null }));
  const by = spread(clusterStories(undated));
  for (const e of ["vell", "arkin", "quake"]) assert.equal(by.get(e)?.size, 1, e);
  assert.notDeepEqual(by.get("vell"), by.get("arkin"));
});

test("story ids come from the first article and are stable across runs", () => {
  const a = clusterStories(articles).map((s) => s.id);
  const b = clusterStories(articles).map((s) => s.id);
  assert.deepEqual(a, b);
  assert.ok(a.includes("story-vell-1"));
  assert.ok(a.includes("story-arkin-1"));
});

test("batch input is streamed by publication time", () => {
  const reversed = [...articles].reverse();
  const ids = clusterStories(reversed).map((s) => s.id);
  assert.ok(ids.includes("story-vell-1"), ids.join());
});

test("a story carries title, time range, outlets and key names", () => {
  const s = clusterStories(articles).find((x) => x.id === "story-vell-1");
  assert.ok(s);
  assert.deepEqual(s.articleIds, ["vell-1", "vell-2", "vell-3"]);
  assert.equal(s.start, "2031-03-02T10:00:00.000Z");
  assert.equal(s.end, "2031-03-03T11:00:00.000Z");
  assert.deepEqual([...s.outlets].sort(), ["Corvane Courier", "Daily Lantern", "Northgate Post"]);
  assert.ok(s.people.includes("Mara Vell"), s.people.join());
  assert.ok(s.places.includes("Corvane"), s.places.join());
  assert.match(s.title, /Mara Vell/);
});

test("a copy joins the story of its original, whatever its words", () => {
  const c = new StoryClusterer();
  for (const a of articles.slice(0, 3)) c.add(a);
  const copy: StoryInput = {
    id: "spun",
    title: null,
    text: "Performer M. Vell has registered at a wellness facility, a representative announced.",
    publishedAt: "2031-03-03T12:00:00Z",
    outlet: "Content Farm",
    derivedFrom: "vell-2",
  };
  assert.equal(c.add(copy).storyId, "story-vell-1");
  assert.equal(c.storyOf("spun"), "story-vell-1");
});

test("adding the same article twice changes nothing", () => {
  const c = new StoryClusterer();
  for (const a of articles) c.add(a);
  const before = JSON.stringify(c.stories());
  assert.equal(c.add(articles[0]).storyId, "story-vell-1");
  assert.equal(JSON.stringify(c.stories()), before);
});

test("a story that swallowed two look-alike events is split in two, and not merged back", () => {
  const loose = { threshold: 0.01, mergeThreshold: 0.01 };
  const fused = clusterStories(portStrikes(), { ...loose, splitRatio: 0 });
  assert.equal(fused.length, 1);
  const split = clusterStories(portStrikes(), loose);
  assert.deepEqual(
    split.map((s) => s.articleIds.join(",")),
    ["halden-1,halden-2,halden-3,halden-4", "sarnow-1,sarnow-2,sarnow-3,sarnow-4"],
  );
  assert.deepEqual(
    split.map((s) => s.id),
    ["story-halden-1", "story-sarnow-1"],
  );
});
