import assert from "node:assert/strict";
import { test } from "node:test";
import { clusterStories, StoryClusterer } from "../../src/stories/index.ts";
import { articles } from "./fixtures.ts";

const vell = () => articles.filter((a) => a.id.startsWith("vell"));
const storyOfVell = (stories: { id: string; title: string; articleIds: string[] }[]) =>
  stories.find((s) => s.articleIds.includes("vell-1"));

test("a story takes the title of its earliest article that has one", () => {
  const [a, b, c] = vell();
  const input = [
    { ...a, title: null },
    { ...c, title: "Vell to stay thirty days at Palm Ridge" },
    { ...b, title: "Mara Vell enters rehab in Corvane" },
  ];
  const s = storyOfVell(clusterStories(input));
  assert.ok(s);
  assert.equal(s.articleIds.length, 3);
  assert.equal(s.title, "Mara Vell enters rehab in Corvane");
});

test("an earlier titled article arriving later in the stream still gives the title", () => {
  const [a, b, c] = vell();
  const cl = new StoryClusterer();
  cl.add({ ...a, title: null });
  cl.add({ ...c, title: "Vell to stay thirty days at Palm Ridge" });
  cl.add({ ...b, title: "Mara Vell enters rehab in Corvane" });
  assert.equal(storyOfVell(cl.stories())?.title, "Mara Vell enters rehab in Corvane");
  const back = StoryClusterer.fromJSON(JSON.parse(JSON.stringify(cl.toJSON())));
  back.add({ ...articles.find((x) => x.id === "arkin-1")!, title: "Arkin checks in" });
  assert.equal(storyOfVell(back.stories())?.title, "Mara Vell enters rehab in Corvane");
});

test("without any article title, the story falls back to its first article's opening words", () => {
  const s = storyOfVell(clusterStories(vell()));
  assert.ok(s);
  assert.match(s.title, /^Actress Mara Vell has checked into the Palm Ridge/);
});
