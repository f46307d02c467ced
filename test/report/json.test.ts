import assert from "node:assert/strict";
import { test } from "node:test";
import { Brief } from "../../src/crosscheck/brief.ts";
import { crosscheck } from "../../src/crosscheck/index.ts";
import { REPORT_VERSION, Report, reportArticle, stringifyReport } from "../../src/report/json.ts";
import { demoInput } from "../crosscheck/demo-fixture.ts";

test("JSON report: briefs carry the story's merged events and named entities, and round-trip", () => {
  const input = demoInput();
  const checked = crosscheck(input);
  const report: Report = {
    version: REPORT_VERSION,
    articles: input.articles.map(reportArticle),
    stories: [],
    relations: input.relations,
    quotes: checked.quotes,
    claims: checked.claims,
    events: input.events,
    entities: [],
    briefs: checked.briefs,
    messages: [],
  };
  const back = Report.parse(JSON.parse(stringifyReport(report)));
  const dam = Brief.parse(back.briefs[0]);
  assert.deepEqual(dam.events, [
    {
      type: "dam failure",
      place: "Miravost",
      date: "2026-03-07",
      killed: 6,
      injured: null,
      killedReported: [6],
      injuredReported: [],
      disputed: false,
      eventIds: ["e1"],
      articleIds: ["01-northwind-wire"],
      killedLatest: 6,
      injuredLatest: null,
      killedByDay: [{ date: "2026-03-08", values: [6] }],
      injuredByDay: [],
      updated: false,
      alsoPlaces: [],
      killedSetAside: [],
      injuredSetAside: [],
    },
  ]);
  // fields added without a version bump: a brief stored before them still parses
  const {
    killedLatest,
    injuredLatest,
    killedByDay,
    injuredByDay,
    updated,
    alsoPlaces,
    killedSetAside,
    injuredSetAside,
    ...old
  } = dam.events[0];
  const parsed = Brief.parse({ ...dam, events: [old] }).events[0];
  assert.deepEqual([parsed.killedByDay, parsed.killedSetAside], [[], []]);
  const brandt = dam.people.find((p) => p.name === "Anika Brandt");
  assert.ok(brandt?.aliases.includes("Brandt"));
  assert.equal(brandt?.articleIds.length, 7);
  assert.ok(dam.organizations.some((o) => o.name === "Civil Protection Agency"));
  assert.ok(dam.places.some((p) => p.name === "Miravost"));
  // outlets named in bylines are organisations, not people
  for (const outlet of ["Northwind Wire", "Valley Sentinel", "Quickfeed Daily"])
    assert.ok(!dam.people.some((p) => p.name === outlet), outlet);
});
