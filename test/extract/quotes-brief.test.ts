import assert from "node:assert/strict";
import { test } from "node:test";
import { extractEntities } from "../../src/extract/entities/index.ts";
import { hasFiniteVerb } from "../../src/extract/quotes/clause.ts";
import { extractQuotes } from "../../src/extract/quotes/index.ts";
import { isStatement, nounPhrase } from "../../src/extract/quotes/keep.ts";
import { attributionSpans } from "../../src/extract/quotes/spans.ts";
import type { Quote } from "../../src/model/index.ts";

// The stored quote list feeds the brief ("who said what"): a wrong line is worse than a missing one.
// The span API (PolNeAR) keeps every attribution, beliefs and stances included.

function quotes(text: string): Quote[] {
  return extractQuotes(text, "t", extractEntities(text, "t"));
}

function show(qs: Quote[]): string {
  return JSON.stringify(qs.map((q) => `${q.speaker.name ?? q.speaker.mention}: ${q.text}`));
}

function spanTexts(text: string) {
  return attributionSpans(text).map((a) => ({
    source: a.source ? text.slice(a.source[0], a.source[1]) : null,
    content: text.slice(a.content[0][0], a.content[a.content.length - 1][1]),
    lemma: a.lemma,
  }));
}

test("brief: a participle aside 'seen by the Herald' is no quote; the report's recommendation is", () => {
  const text =
    "An audit from 2023, seen by the Herald, found leaks in the roof and recommended closing the hall until repairs were done.";
  const got = quotes(text);
  assert.ok(!got.some((q) => q.text.includes("by the Herald")), show(got));
  const rec = got.find((q) => q.text.startsWith("closing the hall"));
  assert.ok(rec, show(got));
  assert.equal(rec.speaker.mention, "An audit from 2023");
});

test("brief: 'holds back' is a verb and its particle, not 'X backs Y'", () => {
  const text = "The weir, built in 1902, holds back the waters of the Tamsin. Voters back the new weir.";
  assert.deepEqual(quotes(text), []);
  assert.ok(!spanTexts(text).some((a) => a.source === "holds"), JSON.stringify(spanTexts(text)));
});

test("brief: a stranded 'asked for,' inside a relative clause is no attribution", () => {
  const text =
    "Vera Lind said the city had cut fares by 5 percent in May, not the 10 percent the auditors had asked for, because of a budget gap.";
  const got = quotes(text);
  assert.deepEqual(
    got.map((q) => q.speaker.name),
    ["Vera Lind"],
    show(got),
  );
  assert.ok(!spanTexts(text).some((a) => a.content.startsWith("because")), JSON.stringify(spanTexts(text)));
});

test("brief: 'disputes that number:' stops at the colon; the chairman's words are his", () => {
  const text =
    "The Harbour Pilots' Guild disputes that number: its secretary, Ilse Marr, told the Gazette that 40 boats had been idle.";
  const got = quotes(text);
  assert.ok(!got.some((q) => q.text.includes(":")), show(got));
  const marr = got.find((q) => q.text === "that 40 boats had been idle");
  assert.ok(marr, show(got));
  assert.equal(marr.speaker.name, "Ilse Marr");
  const dispute = spanTexts(text).find((a) => a.lemma === "dispute");
  assert.ok(dispute, JSON.stringify(spanTexts(text)));
  assert.equal(dispute.source, "The Harbour Pilots' Guild");
  assert.equal(dispute.content, "that number");
});

test("brief: 'said at least 40' and 'said about 2,000' keep the figure's qualifier", () => {
  const text =
    "Ilse Marr said at least 40 boats had been idle. Her deputy said about 2,000 crew were ashore.";
  const got = quotes(text).map((q) => q.text);
  assert.ok(got.includes("at least 40 boats had been idle"), JSON.stringify(got));
  assert.ok(got.includes("about 2,000 crew were ashore"), JSON.stringify(got));
});

test("brief: 'said on Telegram' is where, not what", () => {
  const got = quotes("Harwick Mayor Ivo Lund said on Telegram the storm had damaged two piers.");
  assert.deepEqual(
    got.map((q) => q.text),
    ["the storm had damaged two piers"],
  );
});

test("brief: a headline with a place as subject is no quote", () => {
  const text =
    "Tamsin Weir offers path in eastern Lorrin; 12 lacking\n\nThe weir failed on Sunday, officials said.";
  const got = quotes(text);
  assert.ok(!got.some((q) => q.speaker.mention === "Tamsin Weir"), show(got));
  assert.ok(
    got.some((q) => q.text === "The weir failed on Sunday"),
    show(got),
  );
});

test("brief: forecasts and beliefs stay in the span API, out of the quote list", () => {
  const text =
    "Rain has fallen for a week, and forecasters expect more on Friday. Most farmers believe the dyke will hold.";
  assert.deepEqual(quotes(text), []);
  const lemmas = spanTexts(text).map((a) => a.lemma);
  assert.ok(lemmas.includes("expect") && lemmas.includes("believe"), JSON.stringify(lemmas));
});

test("brief: speakers are noun phrases — not a clause fragment, not a place abbreviation with 'to discuss'", () => {
  const text =
    "Lorrin has long accused the North of smuggling arms. Two envoys will meet in Varo, DC to discuss the levy. Lorrin said the border would stay shut.";
  const got = quotes(text);
  assert.ok(!got.some((q) => /has long|DC/.test(q.speaker.mention ?? "")), show(got));
  assert.ok(
    got.some((q) => q.speaker.name === "Lorrin" && q.text === "the border would stay shut"),
    show(got),
  );
  const acc = spanTexts(text).find((a) => a.lemma === "accuse");
  assert.equal(acc?.source, "Lorrin", JSON.stringify(spanTexts(text)));
});

test("brief: a participle after 'but' speaks for the subject after 'but'", () => {
  const text =
    "The Guild denied the reports, but Ilse Marr did not deny that boats were idle, adding that talks would go on.";
  const got = quotes(text);
  const adding = got.find((q) => q.cue?.text === "adding");
  assert.ok(adding, show(got));
  assert.equal(adding.speaker.name, "Ilse Marr");
});

test("brief: a lower-case title inside a name keeps the speaker ('Harbour director Ivo Lund … and said')", () => {
  const text =
    'Harbour director Ivo Lund called the strike "pointless" and said talks could resume on Friday.';
  const said = quotes(text).find((q) => q.text === "talks could resume on Friday");
  assert.ok(said, show(quotes(text)));
  assert.equal(said.speaker.name, "Ivo Lund");
});

test("brief: a bare noun phrase or a cut 'if' clause is not a statement", () => {
  const text =
    "A ministry official did not confirm the reports but said if the city had asked, he believed it would be fair. Vera Lind repeated her promise of a vote.";
  const got = quotes(text);
  assert.ok(!got.some((q) => /^if |^her promise/.test(q.text)), show(got));
});

test("brief: nounPhrase and hasFiniteVerb", () => {
  for (const m of [
    "Lorrin has long",
    "holds",
    "utilizing the acronym for the nation’s official",
    "he",
    "Port",
  ])
    assert.equal(nounPhrase(m), false, m);
  for (const m of [
    "the official",
    "An audit from 2023",
    "Lorrin’s spy agency",
    "The opposition",
    "Ukrainian officials",
  ])
    assert.equal(nounPhrase(m), true, m);
  for (const c of [
    "the storm had damaged two piers",
    "talks could resume",
    "the attack destroyed a pier",
    "it costs more",
    "he’s not raising fares",
    "she taught at the academy",
  ])
    assert.equal(hasFiniteVerb(c), true, c);
  for (const c of [
    "the waters of the Tamsin",
    "more on Friday",
    "her promise of a vote",
    "the increased cooperation",
    "the nuclear-armed North of selling arms",
    "six thousand people who lost their homes",
    "the mayor’s plans for towns that have been flooded",
  ])
    assert.equal(hasFiniteVerb(c), false, c);
});

test("brief: a surname the entity stage missed still speaks; a participle or a common noun does not", () => {
  const text = "The vote was close, and Marr knew it. The Harwick Port Authority opened late.";
  const said = (mention: string, name: string | null = null) => ({
    cls: "speech" as const,
    lemma: "admit",
    cue: "admitted",
    speaker: { name, title: null, mention, span: null },
    kind: "indirect" as const,
    content: "that the count was slow",
    text,
  });
  const having = {
    id: "e1",
    articleId: "t",
    kind: "person" as const,
    name: "Having",
    title: null,
    aliases: [],
    spans: [],
  };
  assert.equal(isStatement(said("Marr"), []), true);
  assert.equal(isStatement(said("Port"), []), false);
  assert.equal(isStatement(said("Having", "Having"), [having]), false);
  assert.equal(isStatement({ ...said("Marr"), content: "the count" }, []), false);
});

test("brief: content ends where a closing quote meets another outlet's report", () => {
  const text =
    "Lorrin’s port agency said that traffic was “falling faster than feared” Harbour Radio reported, with queues at every gate.";
  const got = quotes(text);
  const agency = got.find((q) => q.speaker.mention === "Lorrin’s port agency");
  assert.ok(agency, show(got));
  assert.equal(agency.text, "that traffic was “falling faster than feared”");
});

test("brief: 'denouncing what he described as …' is no statement line", () => {
  const text = "Ivo Lund spoke on Monday, denouncing what he described as “reckless” dredging in the bay.";
  assert.ok(!quotes(text).some((q) => q.text.startsWith("what")), show(quotes(text)));
});

test("brief: 'I' and 'we' in narration are the writer, not the last speaker; 'it' is a body", () => {
  const text =
    "Mayor Ivo Lund said the pier would reopen. I said at the time that was unlikely. The Harbour Board said it would pay. It added that fares would not rise.";
  const got = quotes(text);
  assert.ok(!got.some((q) => q.text.includes("unlikely")), show(got));
  const added = got.find((q) => q.text === "that fares would not rise");
  assert.ok(added, show(got));
  assert.equal(added.speaker.name, "Harbour Board");
});

test("brief: a title-case headline is not a statement; a cut content is not either", () => {
  const text =
    "Mayor Lund Claim That Ferries Are Free Isn’t True\n\nVera Lind said was written about the ferry. Vera Lind said the ferries would run.";
  const got = quotes(text);
  assert.deepEqual(
    got.map((q) => q.text),
    ["the ferries would run"],
    show(got),
  );
});

test("brief: a names-heavy sentence is no headline; a capitalised cue mid-line is", () => {
  const text =
    "On Monday, Former Harwick Mayor Ivo Lund called Vera Lind “reckless.”\n\nIvo Lund Says Ferries Will Run All Winter\n\nVera Lind pointed to the budget. Ivo Lund pointed out that the budget was short.";
  const got = quotes(text).map((q) => q.text);
  assert.ok(got.includes("Vera Lind “reckless.”"), JSON.stringify(got));
  assert.ok(!got.some((t) => t.startsWith("Ferries")), JSON.stringify(got));
  assert.ok(!got.includes("the budget"), JSON.stringify(got));
  assert.ok(got.includes("that the budget was short"), JSON.stringify(got));
});

test("brief quotes: 'Police said' opening a sentence is a group speaking; a passive verb does not cut its content", () => {
  const text =
    "Police said the driver, 61, surrendered after two hours of talks and was charged on Saturday with dangerous driving, the Courier reported.";
  const q = extractQuotes(text, "t", extractEntities(text, "t"));
  const police = q.find((x) => x.speaker.mention === "Police");
  assert.ok(police, JSON.stringify(q));
  assert.match(police.text, /surrendered after two hours of talks and was charged on Saturday/);
  assert.ok(!q.some((x) => /^and\b/.test(x.text)), "no content starts with a bare 'and'");
});

test("brief quotes: a name heading an appositive is the speaker even when no entity covers it; its surname follows", () => {
  const text =
    'Lon Wood, another retired ferry pilot who knew the captain from their years on the strait, said the crew had trained for storms. "They were ready," Wood said.';
  const q = extractQuotes(text, "t", extractEntities(text, "t"));
  assert.deepEqual(
    q.map((x) => x.speaker.name),
    ["Lon Wood", "Lon Wood"],
  );
});

test("brief: fragments, plans and two-word leftovers are not statements; an adverb or a verb does not speak", () => {
  const said = (mention: string, content: string) => ({
    cls: "speech" as const,
    lemma: "say",
    cue: "said",
    speaker: { name: null, title: null, mention, span: null },
    kind: "indirect" as const,
    content,
  });
  assert.equal(isStatement(said("the harbour police", "the quay was closed at noon"), []), true);
  assert.equal(isStatement(said("the harbour police", "and surrounded the building"), []), false);
  assert.equal(isStatement(said("the harbour police", "to buy the ferry line"), []), false);
  assert.equal(isStatement(said("the harbour police", "he said"), []), false);
  assert.equal(isStatement(said("released a statement", "the quay was closed at noon"), []), false);
  assert.equal(
    isStatement(said("Additionally, he was named coach", "the quay was closed at noon"), []),
    false,
  );
});
