import assert from "node:assert/strict";
import { test } from "node:test";
import { extractEntities } from "../../src/extract/entities/index.ts";
import { extractQuotes } from "../../src/extract/quotes/index.ts";
import type { Quote } from "../../src/model/index.ts";

function quotes(text: string): Quote[] {
  return extractQuotes(text, "t", extractEntities(text, "t"));
}

interface Case {
  name: string;
  text: string;
  want: { text: string; speaker: string | null; kind?: Quote["kind"]; title?: string; cue?: string | null }[];
}

const CASES: Case[] = [
  {
    name: "curly direct quote, inverted cue with title",
    text: "“The bridge will reopen in May,” said Harbour Minister Elin Varga.",
    want: [
      {
        text: "“The bridge will reopen in May,”",
        speaker: "Elin Varga",
        kind: "direct",
        title: "Harbour Minister",
      },
    ],
  },
  {
    name: "straight marks and a pronoun",
    text: 'Mayor Tomas Reid opened the hall on Friday. "We waited ten years," he said.',
    want: [{ text: '"We waited ten years,"', speaker: "Tomas Reid", kind: "direct" }],
  },
  {
    name: "mismatched marks",
    text: 'Port director Ana Lisk said: “Cargo is up by a third." Lisk added that fees would fall.',
    want: [
      { text: '“Cargo is up by a third."', speaker: "Ana Lisk", kind: "direct" },
      { text: "that fees would fall", speaker: "Ana Lisk", kind: "indirect", cue: "added" },
    ],
  },
  {
    name: "indirect speech with that and a day",
    text: "Senator Mira Olsen said Tuesday that the vote would be delayed.",
    want: [{ text: "that the vote would be delayed", speaker: "Mira Olsen", kind: "indirect" }],
  },
  {
    name: "according to",
    text: "Two ferries were cancelled, according to the Coastal Transport Agency.",
    want: [{ text: "Two ferries were cancelled", speaker: "Coastal Transport Agency", kind: "indirect" }],
  },
  {
    name: "partial quote inside reported speech",
    text: "Chief engineer Paulo Brandt said the dam was “safe for now” but needed repairs.",
    want: [{ text: "the dam was “safe for now” but needed repairs", speaker: "Paulo Brandt", kind: "mixed" }],
  },
  {
    name: "appositive source",
    text: "Lena Okafor, a spokeswoman for the council, said the budget was balanced.",
    want: [{ text: "the budget was balanced", speaker: "Lena Okafor" }],
  },
  {
    name: "organisation as speaker",
    text: "The Fisheries Ministry said quotas would be cut.",
    want: [{ text: "quotas would be cut", speaker: "Fisheries Ministry" }],
  },
  {
    name: "floating quote paragraph continues the speaker",
    text: "“We are ready,” said coach Ivo Marek.\n\n“The team has trained all winter.”\n\nThe match starts at noon.",
    want: [
      { text: "“We are ready,”", speaker: "Ivo Marek" },
      { text: "“The team has trained all winter.”", speaker: "Ivo Marek", cue: null },
    ],
  },
  {
    name: "she added after a surname resolves to the full name",
    text: "Deputy mayor Rosa Quint said the plan was costly. Quint said, “We will look again.” “Nothing is decided,” she added.",
    want: [
      { text: "the plan was costly", speaker: "Rosa Quint" },
      { text: "“We will look again.”", speaker: "Rosa Quint" },
      { text: "“Nothing is decided,”", speaker: "Rosa Quint", cue: "added" },
    ],
  },
  {
    name: "a participle clause keeps the sentence's speaker",
    text: "Governor Ines Palm signed the order on Monday, saying the levees would hold.",
    want: [{ text: "the levees would hold", speaker: "Ines Palm", cue: "saying" }],
  },
  {
    name: "a capital city speaks for its government, its agencies do not",
    text: "Madrid said the talks would resume. Madrid’s port agency said fees would rise.",
    want: [
      { text: "the talks would resume", speaker: "Madrid" },
      { text: "fees would rise", speaker: null },
    ],
  },
  {
    name: "no speaker is carried into an unrelated sentence",
    text: "“We are ready,” said Mayor Tomas Reid. Two ministers will travel to Porto. Officials there said the budget was tight.",
    want: [
      { text: "“We are ready,”", speaker: "Tomas Reid" },
      { text: "the budget was tight", speaker: null },
    ],
  },
];

for (const c of CASES) {
  test(`quotes: ${c.name}`, () => {
    const got = quotes(c.text);
    for (const w of c.want) {
      const q = got.find((x) => x.text === w.text);
      assert.ok(q, `no quote ${JSON.stringify(w.text)} in ${JSON.stringify(got.map((x) => x.text))}`);
      assert.equal(q.speaker.name, w.speaker);
      assert.equal(c.text.slice(q.span[0], q.span[1]), q.text);
      if (w.kind) assert.equal(q.kind, w.kind);
      if (w.title) assert.equal(q.speaker.title, w.title);
      if (w.cue !== undefined) assert.equal(q.cue?.text ?? null, w.cue);
    }
  });
}

test("quotes: no quote in plain narration, ids deterministic", () => {
  assert.deepEqual(quotes("The river rose two metres overnight. Roads were closed."), []);
  const text = "“Hold the line,” said Captain Dara Voss. Voss said the storm had passed.";
  const a = quotes(text);
  assert.deepEqual(
    a.map((q) => q.id),
    ["t:q1", "t:q2"],
  );
  assert.deepEqual(quotes(text), a);
  assert.ok(a.every((q) => q.group === null && q.altered === false));
});

test("quotes: a headline 'Place Name: …' is not a quote by the place; a body's headline is", () => {
  const text =
    "Korvel Dam: death toll rises to 40 as rescuers search the valley.\n\nHarbour Board: ferry fares will rise in May.";
  const got = quotes(text);
  assert.ok(
    got.every((q) => q.speaker.mention !== "Korvel Dam" && !q.text.startsWith("death toll")),
    JSON.stringify(got),
  );
  const fares = got.find((q) => q.text === "ferry fares will rise in May");
  assert.ok(fares, JSON.stringify(got.map((q) => q.text)));
  assert.equal(fares.speaker.mention, "Harbour Board");
});

test("quotes: transcript labels give the paragraph to the labelled speaker", () => {
  const text =
    "MORAN: Will the new line open this year?\n\nVEDRA: I expect it to open in October. The trains are ready.";
  const got = quotes(text);
  const a = got.find((q) => q.text.startsWith("I expect"));
  assert.ok(a, JSON.stringify(got.map((q) => q.text)));
  assert.equal(a.text, "I expect it to open in October. The trains are ready");
  assert.equal(a.speaker.mention, "VEDRA");
});
