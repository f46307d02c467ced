import assert from "node:assert/strict";
import { test } from "node:test";
import { crosscheck } from "../../src/crosscheck/index.ts";
import { whatId, whatOf } from "../../src/crosscheck/what.ts";
import { refineWhat } from "../../src/crosscheck/what-refine.ts";
import { demoInput, EPR } from "./demo-fixture.ts";

const homes = (input = demoInput()) => {
  const f = crosscheck(input).briefs[0].figures.find((g) => /homes/.test(g.what));
  assert.ok(f);
  return f;
};

test("figures: a figure only repeated on later days is one row, dated by its first report", () => {
  const ministry = homes().entries.filter((e) => e.claimant === "Interior Ministry");
  assert.deepEqual(
    ministry.map((e) => [e.date, e.dateFrom, e.value, e.origins]),
    [["2026-03-08", "published", 120, 3]],
  );
});

test("figures: a repeated figure is not folded over another figure the claimant gave that day", () => {
  const input = demoInput();
  const text = input.articles.find((a) => a.id === EPR)?.text ?? "";
  const at = text.indexOf("Calvora province");
  input.claims.push({
    id: "x1",
    articleId: EPR,
    value: 150,
    valueMax: null,
    qualifier: "exact",
    unit: null,
    what: "homes destroyed",
    claimant: "Interior Ministry",
    when: null,
    span: [at, at + 16],
    group: null,
  });
  const f = homes(input);
  const monday = f.entries.filter((e) => e.claimant === "Interior Ministry" && e.date === "2026-03-09");
  assert.deepEqual(monday.map((e) => [e.value, e.conflict]).sort(), [
    [120, true],
    [150, true],
  ]);
  assert.ok(f.flags.includes("conflict"));
});

test("figures: residents 'moved to shelters' are displaced", () => {
  const text = "The council said about 800 residents had been moved to shelters in two gyms.";
  const at = text.indexOf("800");
  assert.equal(refineWhat("residents", text, [at, at + 3]), "residents displaced");
});

test("figures: 'vessels idle' and 'vessels' are different counts, not a conflict", () => {
  const k1 = whatOf("vessels idle");
  const k2 = whatOf("vessels");
  assert.notEqual(whatId(k1), whatId(k2));
});
