import assert from "node:assert/strict";
import { test } from "node:test";
import { extractEntities } from "../../src/extract/entities/index.ts";
import { extractQuotes } from "../../src/extract/quotes/index.ts";
import { attributionSpans } from "../../src/extract/quotes/spans.ts";

/** Attributions of `text` as strings: source, cue and the content from its first to its last part. */
function spans(text: string): { source: string | null; cue: string; content: string }[] {
  return attributionSpans(text).map((a) => ({
    source: a.source ? text.slice(a.source[0], a.source[1]) : null,
    cue: text.slice(a.cue[0], a.cue[1]),
    content: text.slice(a.content[0][0], a.content[a.content.length - 1][1]),
  }));
}

function only(text: string) {
  const all = spans(text);
  assert.equal(all.length, 1, JSON.stringify(all));
  return all[0];
}

test("spans: a relative clause belongs to the source, a writer's aside does not", () => {
  const a = only("Mara Olsen, who chairs the port board, said the dredging would end in June.");
  assert.equal(a.source, "Mara Olsen, who chairs the port board");
  const b = only("Councillor Ivo Brandt, for his part, said the tolls were too high.");
  assert.equal(b.source, "Councillor Ivo Brandt");
});

test("spans: 'X, Y said' does not merge a place into the source; coordinated names do join", () => {
  assert.equal(only("In Harwick, Olsen said the ferry was late.").source, "Olsen");
  assert.equal(only("Olsen and Brandt said the ferry was late.").source, "Olsen and Brandt");
});

test("spans: a participle cue after a comma speaks for the sentence subject", () => {
  const all = spans("The harbour master closed the quay on Monday, saying the wall had cracked.");
  assert.equal(all.length, 1, JSON.stringify(all));
  assert.equal(all[0].source, "The harbour master");
  assert.equal(all[0].content, "the wall had cracked");
});

test("spans: possessive sources lose their 's; 'which he said' content starts at the pronoun", () => {
  assert.equal(only("Olsen’s criticism of the tolls was sharp.").source, "Olsen");
  const a = spans("They praised the new quay, which Olsen said was finished early.").find(
    (x) => x.cue === "said",
  );
  assert.equal(a?.content, "which Olsen said was finished early");
});

test("spans: passive with an agent, adjective cues, polls and stance verbs", () => {
  const p = only("The plan was criticised by the dockers’ union.");
  assert.equal(p.source, "the dockers’ union");
  assert.equal(p.content, "The plan");
  const adj = only("The fishermen are convinced that the quotas will fall.");
  assert.equal(adj.source, "The fishermen");
  assert.equal(adj.content, "that the quotas will fall");
  const poll = only("In a Harwick Gazette poll released Monday, 40 percent backed the ferry.");
  assert.equal(poll.source, "a Harwick Gazette poll released Monday");
  const vote = only("Most delegates would vote for Olsen.");
  assert.equal(vote.content, "Olsen");
});

test("spans: a quote signed after a dash", () => {
  const a = only("“The ferry saved my shop.” ― Lena Holm, Harwick");
  assert.equal(a.source, "Lena Holm");
  assert.equal(a.content, "“The ferry saved my shop.”");
});

test("spans: nouns after an article are not cues ('the show', 'a conference call')", () => {
  assert.deepEqual(spans("The show aired on a Sunday and a conference call followed."), []);
});

test("quotes: stance attributions stay out of the quote list", () => {
  const text =
    "Mara Olsen voted for the bridge. The plan was criticised by Ivo Brandt. Olsen said the vote was close.";
  const q = extractQuotes(text, "t", extractEntities(text, "t"));
  assert.deepEqual(
    q.map((x) => x.text),
    ["the vote was close"],
  );
  assert.equal(q[0].speaker.name, "Mara Olsen");
});

test("spans: an inverted source keeps its appositive place and stops at a participle cue", () => {
  const all = spans(
    "The ferry will stay, said Ada Lind, a professor of transport at the University of Harwick, adding that fares would rise.",
  );
  const said = all.find((a) => a.cue === "said");
  assert.ok(said, JSON.stringify(all));
  assert.equal(said.source, "Ada Lind, a professor of transport at the University of Harwick");
  const adding = all.find((a) => a.cue === "adding");
  assert.ok(adding, JSON.stringify(all));
  assert.equal(adding.content, "that fares would rise");
});

test("spans: 'in X's view', 'drawn criticism from', 'when asked by'", () => {
  const v = only("In Mayor Olsen's view, the quay needs a new wall.");
  assert.equal(v.source, "Mayor Olsen");
  assert.equal(v.content, "the quay needs a new wall");
  const c = only("The toll plan has drawn sharp criticism from harbour traders.");
  assert.equal(c.source, "harbour traders");
  assert.equal(c.content, "The toll plan");
  const q = spans("“Never,” Brandt said when asked by a reporter if he would resign.");
  const asked = q.find((a) => a.cue.startsWith("asked"));
  assert.ok(asked, JSON.stringify(q));
  assert.equal(asked.source, "a reporter");
  assert.equal(asked.content, "if he would resign");
});

test("spans: two cues of one subject share it; a relative clause with its own cue is separate", () => {
  const all = spans("Mara Olsen endorsed the bridge plan, saying it would save the ferry.");
  assert.equal(all.length, 2, JSON.stringify(all));
  assert.ok(
    all.every((a) => a.source === "Mara Olsen"),
    JSON.stringify(all),
  );
  const rel = spans("Brandt, who has described the toll as theft, said he would vote against it.");
  assert.equal(rel.find((a) => a.cue === "said")?.source, "Brandt", JSON.stringify(rel));
  assert.equal(rel.find((a) => a.cue === "has described")?.source, "who", JSON.stringify(rel));
});

test("spans: 'pledged delegates', 'continues to' an action and 'a strong showing' are not cues", () => {
  assert.deepEqual(spans("Olsen won 40 pledged delegates and continues to lead the count."), []);
  assert.deepEqual(spans("After a strong showing in Harwick, Olsen rested."), []);
});

test("spans: a quote closing on a nested quote (first,''') still takes its inverted cue", () => {
  const text =
    "The mayor was blunt at the hearing. ''Drivers keep telling me, 'Fix the bridge first,''' said Mr. Harlan, who chairs the transport committee.";
  const a = only(text);
  assert.equal(a.source, "Mr. Harlan, who chairs the transport committee");
  assert.equal(a.content, "''Drivers keep telling me, 'Fix the bridge first,'''");
  const q = extractQuotes(text, "t", extractEntities(text, "t"));
  assert.equal(q.length, 1, JSON.stringify(q));
  assert.equal(q[0].speaker?.name, "Harlan");
});

test("spans: a hearer closing the sentence is not the content ('…, a spokesman told the Herald.')", () => {
  const a = only("The ferry had been late twice that week, a port spokesman told the Herald.");
  assert.equal(a.source, "a port spokesman");
  assert.equal(a.content, "The ferry had been late twice that week");
});

test("spans: 'said for the first time that …' keeps 'for' out of the cue and the content", () => {
  const a = only("The coast guard said for the first time that the wreck had moved.");
  assert.equal(a.cue, "said");
  assert.equal(a.content, "that the wreck had moved");
});

test("spans: a short clause before 'he said,' is the content, and a clause the aside interrupts goes on", () => {
  assert.equal(only("Sales were great, he said, smiling.").content, "Sales were great");
  const text = "Sadly for the family, Mr. Graham said, the jabs were entirely unacceptable.";
  const [a] = attributionSpans(text);
  assert.deepEqual(
    a.content.map((c) => text.slice(c[0], c[1])),
    ["Sadly for the family", "the jabs were entirely unacceptable"],
  );
});

test("spans: a dateline or a stray phrase is never the source", () => {
  const a = only("HARWICK — Speaking to reporters on Monday, the mayor said the ferry would run.");
  assert.notEqual(a.source, "HARWICK");
  const text = "HARWICK — Saying the ferry would run all winter, the council closed the meeting.";
  for (const s of spans(text)) assert.notEqual(s.source, "HARWICK");
});
