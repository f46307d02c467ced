import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { cleanText, cleanTexts } from "../../src/clean/index.ts";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const paras = (text: string) => text.split("\n\n");

test("cleanTexts removes labels recurring across one outlet's articles and per-line chrome", () => {
  const [a, b, c] = cleanTexts(
    ["batch-a.txt", "batch-b.txt", "batch-c.txt"].map((f) => ({
      text: fixture(f),
      outlet: "Valley Courier",
    })),
  );
  for (const doc of [a, b, c]) {
    for (const chrome of [
      "Skip to content",
      "Home",
      "Valley Courier Sport",
      "Advertisement",
      "Share this story",
    ]) {
      assert.ok(!paras(doc.text).includes(chrome), chrome);
    }
    assert.ok(doc.removed.includes("Valley Courier Sport"), "recurring section label is reported as removed");
  }
  assert.equal(paras(a.text).length, 4);
  assert.equal(paras(b.text).length, 4);
  // The headline recurs only in two versions of one article, so it is not chrome.
  assert.equal(paras(a.text)[0], "Harriers win the county relay by four seconds");
  assert.equal(paras(c.text)[0], "Harriers win the county relay by four seconds");

  for (const chrome of ["UPDATED", "A", "A+", "A++", "Ihr Kommentar:"])
    assert.ok(c.removed.includes(chrome), chrome);
  assert.equal(paras(c.text).length, 4);
});

test("cleanText joins hard-wrapped paragraphs, keeps a repeated caption once and drops a comment prompt", () => {
  const out = cleanText(fixture("wrapped.txt"));
  const p = paras(out.text);
  assert.equal(p.length, 3);
  assert.match(p[0], /^The harbour board met .* inner bay\.$/);
  assert.ok(!p[0].includes("\n"));
  assert.equal(p.filter((x) => x.startsWith("A photo of the inner bay")).length, 1);
  assert.equal(out.removed.length, 2);
  assert.equal(out.removed[1], "Коментарі:");
});

test("cleanText never drops a sentence, even one that looks like a label", () => {
  const text =
    "Update\n\nThe update to the water tariff takes effect in May, the utility said.\n\nComments from residents were mostly positive, according to the council's survey.";
  const out = cleanText(text);
  assert.deepEqual(out.removed, ["Update"]);
  assert.equal(paras(out.text).length, 2);
});

test("cleanText leaves clean text unchanged apart from paragraph breaks", () => {
  const text =
    'First paragraph of a short report.\nSecond paragraph, with a quote: "We are ready," she said.';
  const out = cleanText(text);
  assert.deepEqual(out.removed, []);
  assert.equal(out.text, text.replace("\n", "\n\n"));
});

test("cleanText keeps a line repeated further down (a recurring interview question)", () => {
  const q = "What made you start cooking for other people?";
  const text = `${q}\nMy grandmother ran a small canteen near the docks.\n${q}\nI wanted to feed my neighbours during the long winter.`;
  const out = cleanText(text);
  assert.deepEqual(out.removed, []);
  assert.equal(paras(out.text).filter((p) => p === q).length, 2);
});

test("cleanText drops widget labels and comment prompts in several languages, not the sentences around them", () => {
  const lines = [
    "Comments (3)",
    "Listen to this article",
    "4 min read",
    "The mayor said the bridge over the Osse reopens on Friday, ahead of schedule.",
    "Some information from the wire services",
    "Votre commentaire :",
  ];
  const out = cleanText(lines.join("\n"));
  assert.deepEqual(out.removed, [
    "Comments (3)",
    "Listen to this article",
    "4 min read",
    "Votre commentaire :",
  ]);
  assert.deepEqual(paras(out.text), [lines[3], lines[4]]);
});

test("cleanText drops one-line menus and copyright notices", () => {
  const body = "The ferry crews will vote on the new rota next week, the guild said.";
  const out = cleanText(
    `Home | News | Harbour | Weather\n${body}\n(c) 2031 The Osse Gazette. All rights reserved.`,
  );
  assert.equal(out.text, body);
  assert.equal(out.removed.length, 2);
});

test("recurrence is counted per outlet: a label repeated by one outlet stays in another outlet's text", () => {
  const doc = (n: number, outlet: string) => ({
    text: `Harbour Notes\nStory ${n}: the tide tables for week ${n} were published by the port office today.`,
    outlet,
  });
  const out = cleanTexts([doc(1, "Gazette"), doc(2, "Gazette"), doc(3, "Gazette"), doc(4, "Courier")]);
  for (const o of out.slice(0, 3)) assert.deepEqual(o.removed, ["Harbour Notes"]);
  assert.deepEqual(out[3].removed, []);
});
