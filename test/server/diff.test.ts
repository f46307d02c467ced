import assert from "node:assert/strict";
import { test } from "node:test";
import { passageDiff } from "../../src/server/diff.ts";
import { pieces } from "../../web/src/components/marked.tsx";

const whole = (t: string): [number, number] => [0, t.length];

function show(a: string, b: string) {
  const d = passageDiff(a, whole(a), b, whole(b));
  return d.changes.map(
    (c) => `${c.op}:${c.a ? a.slice(c.a[0], c.a[1]) : ""}>${c.b ? b.slice(c.b[0], c.b[1]) : ""}`,
  );
}

test("word diff groups runs into substitutions, drops and additions", () => {
  const a = "The mayor said the bridge would reopen on Friday after repairs.";
  const b = "The mayor stated the bridge would reopen on Friday, officials added.";
  assert.deepEqual(show(a, b), ["sub:said>stated", "sub:after repairs>officials added"]);
  assert.deepEqual(show("one two three four", "one three four"), ["del:two>"]);
  assert.deepEqual(show("one three four", "one two three four"), ["add:>two"]);
});

test("case, punctuation and apostrophe style are not changes", () => {
  const a = "\u201cWe won\u2019t stop,\u201d she said.";
  const b = '"we won\'t stop" She said';
  assert.deepEqual(show(a, b), []);
  assert.equal(passageDiff(a, whole(a), b, whole(b)).same, 5);
});

test("spans are offsets into the whole text, inside the passage", () => {
  const a = "Intro line. The river rose fast.";
  const b = "Other start. The stream rose fast.";
  const d = passageDiff(a, [12, a.length], b, [13, b.length]);
  assert.equal(d.changes.length, 1);
  const c = d.changes[0];
  assert.equal(a.slice(c.a![0], c.a![1]), "river");
  assert.equal(b.slice(c.b![0], c.b![1]), "stream");
});

test("highlight pieces: later marks win inside earlier ones, bad spans are ignored", () => {
  const text = "abcdefghij";
  const ps = pieces(text, [
    { span: [1, 8], cls: "reused" },
    { span: [3, 5], cls: "sub" },
    { span: [8, 99], cls: "bad" },
    { span: [6, 6], cls: "empty" },
  ]);
  assert.deepEqual(
    ps.map((p) => `${text.slice(p.start, p.end)}:${p.mark?.cls ?? "-"}`),
    ["a:-", "bc:reused", "de:sub", "fgh:reused", "ij:-"],
  );
  assert.equal(ps.map((p) => text.slice(p.start, p.end)).join(""), text, "pieces cover the text exactly");
});
