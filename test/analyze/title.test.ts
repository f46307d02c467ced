import assert from "node:assert/strict";
import { test } from "node:test";
import { guessTitle } from "../../src/analyze/articles.ts";

test("a plain text's headline skips a leading time stamp, 'updated' note or byline", () => {
  assert.equal(
    guessTitle("12 May 2031 Last updated at 09: 15 GMT\nTram strike halts Quarnby\nBody."),
    "Tram strike halts Quarnby",
  );
  assert.equal(
    guessTitle("updated 7: 02 p. m. EST, Fri May 9, 2031\nMayor vetoes bridge toll\nBody."),
    "Mayor vetoes bridge toll",
  );
  assert.equal(
    guessTitle("By Oskar Vell\n\nCouncil votes to close the pier\nBody."),
    "Council votes to close the pier",
  );
});

test("a first line that is a sentence, or too short, is no headline", () => {
  assert.equal(
    guessTitle("QUARNBY — The tram drivers' union walked out on Monday, a spokesman said.\nMore."),
    null,
  );
  assert.equal(guessTitle("Update\nBody."), null);
  assert.equal(
    guessTitle("Tram strike halts Quarnby for a second day\nBody."),
    "Tram strike halts Quarnby for a second day",
  );
});
