import assert from "node:assert/strict";
import { test } from "node:test";
import type { FigureGroup } from "../../src/crosscheck/brief.ts";
import { resolveWhen } from "../../src/crosscheck/dates.ts";
import { compatible } from "../../src/crosscheck/figure-values.ts";
import { crosscheck } from "../../src/crosscheck/index.ts";
import { whatId, whatOf } from "../../src/crosscheck/what.ts";
import type { Claim } from "../../src/model/index.ts";
import { demoInput, EPR, FERRY, S2 } from "./demo-fixture.ts";

function figures(input = demoInput()): FigureGroup[] {
  return crosscheck(input).briefs[0].figures;
}

function figure(fs: FigureGroup[], what: RegExp): FigureGroup {
  const f = fs.find((x) => what.test(x.what));
  assert.ok(f, `no figure group for ${what}`);
  return f;
}

const rows = (f: FigureGroup) => f.entries.map((e) => [e.date, e.claimant, e.value, e.conflict]);

test("missing: 40 on Sunday, 75 on Monday, one claimant: changed over time, not a conflict", () => {
  const f = figure(figures(), /missing/);
  assert.deepEqual(f.flags, ["changed"]);
  assert.deepEqual(rows(f), [
    ["2026-03-08", "Civil Protection Agency", 40, false],
    ["2026-03-09", "Civil Protection Agency", 75, false],
  ]);
  assert.match(f.notes.join(" "), /changed over time, not a conflict/);
});

test("dead: the agency's 9 and 12 for the same Monday conflict; Sunday's 6 does not", () => {
  const f = figure(figures(), /dead/);
  assert.deepEqual(f.flags, ["conflict", "changed"]);
  assert.deepEqual(rows(f), [
    ["2026-03-08", "Civil Protection Agency", 6, false],
    ["2026-03-09", "Civil Protection Agency", 9, true],
    ["2026-03-09", "Civil Protection Agency", 12, true],
  ]);
  const nine = f.entries.find((e) => e.value === 9);
  assert.deepEqual(nine?.articleIds, [S2]);
  assert.deepEqual(f.entries.find((e) => e.value === 12)?.articleIds, [EPR]);
});

test("homes: ministry 120 against the union's at least 300 is a dispute between claimants, not a conflict", () => {
  const f = figure(figures(), /homes/);
  assert.deepEqual(f.flags, ["disputed"]);
  assert.ok(f.entries.every((e) => !e.conflict));
  assert.deepEqual([...new Set(f.entries.map((e) => e.claimant))].sort(), [
    "Interior Ministry",
    "Pavel Szemko",
  ]);
  assert.ok(f.entries.some((e) => e.claimant === "Pavel Szemko" && e.display === "at least 300"));
});

test("the spun copy's 'verified useless' and 'individuals lacking' land in the dead and missing groups", () => {
  const r = crosscheck(demoInput());
  const groupOf = (words: string) => r.claims.find((c) => c.what === words)?.group;
  assert.equal(groupOf("verified useless"), groupOf("confirmed dead"));
  assert.equal(groupOf("individuals lacking"), groupOf("people missing"));
  assert.equal(groupOf("people unaccounted for"), groupOf("people missing"));
  assert.notEqual(groupOf("people missing"), groupOf("confirmed dead"));
  const ferry = r.claims.filter((c) => c.articleId === FERRY);
  assert.ok(ferry.every((c) => c.group?.startsWith("s-ferry/")));
});

test("brief statements: conflicting figures are disputed, never established", () => {
  const brief = crosscheck(demoInput()).briefs[0];
  const disputed = brief.disputed.map((s) => s.text).join("\n");
  assert.match(disputed, /Conflict: Civil Protection Agency on 2026-03-09: 9 vs 12/);
  assert.match(disputed, /Interior Ministry says 120; Pavel Szemko says at least 300/);
  assert.ok(!brief.established.some((s) => /\b(9|12) confirmed dead/.test(s.text)));
  assert.ok(brief.established.some((s) => /Civil Protection Agency: 75 people missing/.test(s.text)));
});

test("a claim by a spokesperson counts as their organisation's", () => {
  const input = demoInput();
  const c = input.claims.find((x) => x.articleId === EPR && x.value === 12) as Claim;
  c.claimant = "Anika Brandt";
  const f = figure(figures(input), /dead/);
  assert.ok(f.flags.includes("conflict"), "Brandt (head of the agency) and the agency are one claimant");
});

test("the same values from different claimants on one day are no conflict", () => {
  const input = demoInput();
  const c = input.claims.find((x) => x.articleId === EPR && x.value === 12) as Claim;
  c.claimant = "Miravost hospital";
  const f = figure(figures(input), /dead/);
  assert.deepEqual(f.flags, ["disputed", "changed"]);
});

test("when: weekdays and relative words count back from the article date", () => {
  const pub = "2026-03-09T12:10:00Z"; // a Monday
  assert.deepEqual(resolveWhen("Monday", pub), { date: "2026-03-09", from: "stated", label: null });
  assert.deepEqual(resolveWhen("on Saturday night", pub), {
    date: "2026-03-07",
    from: "stated",
    label: null,
  });
  assert.deepEqual(resolveWhen("yesterday", pub), { date: "2026-03-08", from: "stated", label: null });
  assert.deepEqual(resolveWhen("2024-10-28", pub), { date: "2024-10-28", from: "stated", label: null });
  assert.deepEqual(resolveWhen(null, pub), { date: "2026-03-09", from: "published", label: null });
  assert.deepEqual(resolveWhen("Monday", null), { date: null, from: "stated", label: "Monday" });
  assert.deepEqual(resolveWhen(null, null), { date: null, from: "unknown", label: null });
});

test("qualifiers: which figures can both hold", () => {
  const f = (value: number, qualifier: Claim["qualifier"], valueMax: number | null = null) => ({
    value,
    qualifier,
    valueMax,
  });
  assert.equal(compatible(f(40, "at least"), f(75, "exact")), true);
  assert.equal(compatible(f(300, "at least"), f(120, "exact")), false);
  assert.equal(compatible(f(2500, "about"), f(2400, "exact")), true);
  assert.equal(compatible(f(9, "exact"), f(12, "exact")), false);
  assert.equal(compatible(f(10, "between", 12), f(11, "exact")), true);
  assert.equal(compatible(f(10, "up to"), f(11, "exact")), false);
});

test("what is counted: the counted noun and what happened to it", () => {
  const id = (what: string, unit: string | null = null) => whatId(whatOf(what, unit));
  assert.deepEqual(whatOf("people still unaccounted for"), { head: "people", states: ["missing"] });
  assert.equal(id("confirmed dead"), id("people dead"));
  assert.equal(id("individuals lacking"), id("people missing"));
  assert.equal(id("homes destroyed"), id("destroyed houses"));
  assert.equal(id("properties ruined"), id("homes lost"));
  assert.equal(id("North Korean troops sent"), id("soldiers"));
  assert.equal(id("Russian forces killed or wounded"), id("Russian soldiers killed or injured"));
  assert.equal(id("residents moved to shelters"), id("people in shelters"));
  assert.equal(id("ferry workers on strike"), "worker");
  assert.equal(id("lacking", "lacking"), "people missing");
  assert.notEqual(id("people missing"), id("people dead"));
  assert.notEqual(id("homes destroyed"), id("homes damaged"));
  assert.notEqual(id("people killed"), id("Russian forces killed or wounded"));
});

test("figures nobody is named for show in the table but raise no conflict", () => {
  const input = demoInput();
  const c = input.claims.find((x) => x.articleId === EPR && x.value === 12) as Claim;
  const nine = input.claims.find((x) => x.articleId === S2 && x.value === 9) as Claim;
  c.claimant = null;
  nine.claimant = null;
  const f = figure(figures(input), /dead/);
  assert.deepEqual(f.flags, [], "9 and 12 with no claimant are not one claimant's conflict");
  assert.ok(f.entries.some((e) => e.claimant === "unattributed" && e.value === 12));
});

test("impossible dates are unknown, not a crash", () => {
  assert.deepEqual(resolveWhen("Monday", "2026-13-45T00:00:00Z"), {
    date: null,
    from: "stated",
    label: "Monday",
  });
  assert.deepEqual(resolveWhen("2026-02-31", null), { date: null, from: "stated", label: "2026-02-31" });
});
