import assert from "node:assert/strict";
import { test } from "node:test";
import { StoryClusterer, type StoryInput } from "../../src/stories/index.ts";
import { articles } from "./fixtures.ts";

const later = (a: StoryInput, days: number, id: string): StoryInput => ({
  ...a,
  id,
  publishedAt: new Date(Date.parse(a.publishedAt ?? "") + days * 86_400_000).toISOString(),
});

test("stories older than the window are closed but stay queryable; a late report opens a new story", () => {
  const c = new StoryClusterer({ windowDays: 2 });
  for (const a of articles) c.add(a);
  // 64 more articles (the window is checked every 64) about the ferry, two weeks on.
  for (let i = 0; i < 64; i++) c.add(later(articles[8], 14, `ferry-late-${i}`));
  const late = c.add(later(articles[0], 14, "vell-late"));
  assert.equal(c.storyOf("vell-1"), "story-vell-1");
  assert.notEqual(late.storyId, "story-vell-1");
  const ids = c.stories().map((s) => s.id);
  assert.ok(ids.includes("story-vell-1") && ids.includes("story-arkin-1"));
});

test("a report a day later joins its story; ten days later, time decay keeps it apart", () => {
  const c = new StoryClusterer({ windowDays: 30 });
  for (const a of articles) c.add(a);
  assert.equal(c.add(later(articles[0], 1, "vell-next")).storyId, "story-vell-1");
  assert.equal(c.add(later(articles[0], 12, "vell-late")).storyId, "story-vell-late");
});

test("takeClosed hands over closed stories once and forgets them", () => {
  const c = new StoryClusterer({ windowDays: 2 });
  for (const a of articles) c.add(a);
  for (let i = 0; i < 64; i++) c.add(later(articles[8], 14, `ferry-late-${i}`));
  const taken = c.takeClosed();
  assert.ok(taken.some((s) => s.id === "story-vell-1"));
  assert.equal(c.storyOf("vell-1"), null);
  assert.deepEqual(c.takeClosed(), []);
  assert.ok(c.stories().every((s) => s.articleIds.some((id) => id.startsWith("ferry-late"))));
});

test("state saved with toJSON and restored with fromJSON continues exactly as an unbroken run", () => {
  const whole = new StoryClusterer();
  for (const a of articles) whole.add(a);
  const first = new StoryClusterer();
  for (const a of articles.slice(0, 5)) first.add(a);
  const restored = StoryClusterer.fromJSON(JSON.parse(JSON.stringify(first.toJSON())));
  for (const a of articles.slice(5)) restored.add(a);
  assert.deepEqual(restored.stories(), whole.stories());
  assert.throws(() => StoryClusterer.fromJSON({ nope: true }), TypeError);
});

test("two stories bridged by later reports are merged, keeping which articles came from where", () => {
  const c = new StoryClusterer({ threshold: 0.3, mergeThreshold: 0.3 });
  const mk = (id: string, text: string): StoryInput => ({
    id,
    title: null,
    text,
    publishedAt: null,
    outlet: null,
  });
  c.add(
    mk(
      "dam-1",
      "Engineers opened the spillway of the Korvel Dam after heavy rain filled the reservoir above Tessin.",
    ),
  );
  c.add(
    mk(
      "town-1",
      "Residents of Lower Brask packed sandbags as the Varra river rose toward the old mill quarter.",
    ),
  );
  const merges: { from: string; into: string }[] = [];
  const bridges = [
    "Water released from the Korvel Dam spillway raised the Varra river at Lower Brask, where residents packed sandbags.",
    "The Korvel Dam spillway release sent the Varra river into the mill quarter of Lower Brask; sandbags held near Tessin.",
    "Lower Brask residents blamed the Korvel Dam spillway for the Varra river flood in the old mill quarter.",
  ];
  for (const [i, t] of bridges.entries()) merges.push(...c.add(mk(`bridge-${i}`, t)).merged);
  const ids = ["dam-1", "town-1", "bridge-0", "bridge-1", "bridge-2"].map((id) => c.storyOf(id));
  assert.equal(new Set(ids).size, 1, JSON.stringify(ids));
  assert.deepEqual(merges[0], { from: "story-town-1", into: "story-dam-1" });
  const story = c.stories().find((s) => s.id === "story-dam-1");
  assert.ok(story?.mergedFrom.some((m) => m.id === "story-town-1" && m.articleIds.includes("town-1")));
});
