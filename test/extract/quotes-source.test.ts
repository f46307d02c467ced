import assert from "node:assert/strict";
import { test } from "node:test";
import { attributionSpans } from "../../src/extract/quotes/spans.ts";

/** Source of the attribution whose cue is `cue` in `text` (undefined when there is none). */
function sourceOf(text: string, cue: string): string | null | undefined {
  const a = attributionSpans(text).find((x) => text.slice(x.cue[0], x.cue[1]) === cue);
  return a && (a.source ? text.slice(a.source[0], a.source[1]) : null);
}

test("source: an inverted source keeps its relative clause and stops before a verb of its own", () => {
  const t1 = "“The weir is safe,” said Jane Doe, who teaches hydrology at Leeds.";
  assert.equal(sourceOf(t1, "said"), "Jane Doe, who teaches hydrology at Leeds");
  const t2 = "“The bridge will carry the whole town,” said Robin Maynard, half joking.";
  assert.equal(sourceOf(t2, "said"), "Robin Maynard");
});

test("source: an opening participle or adverbial is not the sentence's subject", () => {
  const t = "Walking to the car, Mayor Ellen Tovey defended the plan, saying the weir was safe.";
  assert.equal(sourceOf(t, "saying"), "Mayor Ellen Tovey");
  const t2 = "After the Sunday morning shows, Tovey said the weir was safe.";
  assert.equal(sourceOf(t2, "shows"), undefined);
  assert.equal(sourceOf(t2, "said"), "Tovey");
});

test("source: a determined subject with one complement speaks for a later participle", () => {
  const t = "A spokesman for the water board defended the plan, saying the weir was safe.";
  assert.equal(sourceOf(t, "saying"), "A spokesman for the water board");
});

test("source: the subject ends before its auxiliary; a clause ends a chain of appositives", () => {
  assert.equal(
    sourceOf("More councillors have begun urging the board to close the weir.", "urging"),
    "More councillors",
  );
  const t =
    "Ferry traffic fell in the spring, but the harbour's director, Ann Kole, said the season would recover.";
  assert.equal(sourceOf(t, "said"), "the harbour's director, Ann Kole");
  const p = "Rep. Jane Doe (D-Md.), chair of the water panel, said the weir was safe.";
  assert.equal(sourceOf(p, "said"), "Rep. Jane Doe (D-Md.), chair of the water panel");
});

test("source: names after a preposition complete the noun phrase before them", () => {
  const t = "Most ferry owners in Harwick and Molde said the tolls were too high.";
  assert.equal(sourceOf(t, "said"), "Most ferry owners in Harwick and Molde");
});

test("source: sentence adverbs at either edge stay out of the source", () => {
  assert.equal(sourceOf("Perhaps young voters prefer the ferry.", "prefer"), "young voters");
  const t = "The three ferry owners all said the tolls were too high.";
  assert.equal(sourceOf(t, "said"), "The three ferry owners");
});

test("source: an interview's answer label leaves the answer's own attributions", () => {
  const t =
    "Q: Will the ferry run in winter?\n\nA: It will. I think the harbour board will find the money, and Mayor Tovey says she agrees.";
  assert.equal(sourceOf(t, "think"), "I");
  assert.equal(sourceOf(t, ":"), undefined);
});
