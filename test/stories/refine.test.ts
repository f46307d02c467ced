import assert from "node:assert/strict";
import { test } from "node:test";
import { StoryClusterer, type StoryInput } from "../../src/stories/index.ts";

const doc = (id: string, text: string): StoryInput => ({
  id,
  title: null,
  publishedAt: null,
  outlet: null,
  text,
});
const CRANE =
  "the harbour crane collapsed onto the loading dock at dawn, crushing two trucks and a storage shed";
const FERRY =
  "the river ferry capsized near the old bridge at dusk, stranding forty passengers on the sandbank";
/** Mostly about the ferry, but it comes before any ferry story exists and so first joins the crane story. */
const MIXED =
  "the river ferry capsized near the old bridge at dusk, stranding passengers; the harbour crane collapsed onto the dock";

test("an article that joined the only story around moves once its own event's story exists", () => {
  const c = new StoryClusterer();
  for (const d of [
    doc("a1", CRANE),
    doc("a2", `${CRANE} while workers watched`),
    doc("a3", `Workers said ${CRANE}`),
  ])
    c.add(d);
  assert.equal(c.add(doc("x", MIXED)).storyId, "story-a1");
  for (const d of [doc("b1", FERRY), doc("b2", `${FERRY} overnight`), doc("b3", `Rescuers said ${FERRY}`)])
    c.add(d);
  assert.equal(c.storyOf("x"), "story-b1");
  assert.equal(c.storyOf("a1"), "story-a1");
  const stories = c.stories();
  assert.deepEqual(stories.find((s) => s.id === "story-a1")?.articleIds, ["a1", "a2", "a3"]);
  assert.deepEqual(stories.find((s) => s.id === "story-b1")?.articleIds.sort(), ["b1", "b2", "b3", "x"]);
});

test("a copy stays in its original's story when articles are reconsidered", () => {
  const c = new StoryClusterer();
  for (const d of [doc("a1", CRANE), doc("a2", `${CRANE} while workers watched`)]) c.add(d);
  c.add({ ...doc("x", MIXED), derivedFrom: "a1" });
  for (const d of [doc("b1", FERRY), doc("b2", `${FERRY} overnight`), doc("b3", `Rescuers said ${FERRY}`)])
    c.add(d);
  assert.equal(c.storyOf("x"), "story-a1");
});
