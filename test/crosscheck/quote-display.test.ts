import assert from "node:assert/strict";
import { test } from "node:test";
import { displayQuote, quoteStatement } from "../../src/crosscheck/quote-display.ts";

test("quote display: only direct quotes go inside quotation marks", () => {
  assert.equal(displayQuote("“The bridge will hold,”", "direct"), "“The bridge will hold”");
  assert.equal(displayQuote("that the bridge would hold", "indirect"), "the bridge would hold");
  assert.equal(
    quoteStatement("Mara Olsen", "that the bridge would hold", "indirect"),
    "Mara Olsen (reported): the bridge would hold",
  );
  assert.equal(quoteStatement("Mara Olsen", "“It will hold.”", "direct"), "Mara Olsen: “It will hold.”");
});

test("quote display: reported speech ending inside a quoted phrase gets its closing mark", () => {
  assert.equal(
    displayQuote("that the repairs were “a waste of money", "mixed"),
    "the repairs were “a waste of money”",
  );
  assert.equal(displayQuote("the levy as “unfair.”", "mixed"), "the levy as “unfair.”");
});
