import assert from "node:assert/strict";
import { test } from "node:test";
import { extractClaims } from "../../src/extract/claims/index.ts";
import { extract } from "../../src/extract/index.ts";

const NO_CTX = { articleId: "t", publishedAt: "2031-05-14T09:00:00Z", quotes: [], entities: [] };

test("claims: a vague amount ('hundreds of homes', 'tens of thousands') is a claim marked vague, at least its lower bound", () => {
  const text =
    "Hundreds of homes were flooded, and 14 people died. Tens of thousands of residents fled, police said. Between 30 and 40 boats sank.";
  const claims = extractClaims(text, NO_CTX);
  assert.deepEqual(
    claims.map((c) => [c.value, c.valueMax, c.qualifier, c.unit, c.vague]),
    [
      [100, 1000, "at least", "home", true],
      [14, null, "exact", "people", false],
      [10000, 100000, "at least", "resident", true],
      [30, 40, "between", "boat", false],
    ],
  );
});

test("claims: a share ('a third of its power') is not a count of the noun", () => {
  const text =
    "Tarvia, a small island state, gets about a third of its electricity from wind and half of its water from the sea.";
  assert.deepEqual(extractClaims(text, NO_CTX), []);
});

test("claims: 'the 120 counted by the ministry' is the ministry's figure, of what the sentence compares", () => {
  const text =
    "Lena Hartog, head of the Fishers' Guild, said at least 80 boats had been wrecked along the coast, far more than the 35 counted by the Harbour Office.";
  const x = extract({ id: "g", text, publishedAt: null });
  const guild = x.claims.find((c) => c.value === 80);
  const office = x.claims.find((c) => c.value === 35);
  assert.equal(guild?.claimant, "Lena Hartog");
  assert.deepEqual([office?.claimant, office?.unit, office?.what], ["Harbour Office", "boat", "boats"]);
});

test("claims: a participle names the claimant: 'reported by', 'given by'", () => {
  const text = "The 22 deaths reported by the Northern Clinic were not in the official tally.";
  const [c] = extractClaims(text, NO_CTX);
  assert.deepEqual([c.value, c.claimant], [22, "Northern Clinic"]);
});

test("claims: 'X puts the number of destroyed homes at 120' gives claimant, noun and state", () => {
  const text =
    "The Housing Ministry puts the number of destroyed homes at 120. The guild disputes that figure.";
  const [c] = extractClaims(text, NO_CTX);
  assert.deepEqual(
    [c.value, c.claimant, c.unit, c.what],
    [120, "Housing Ministry", "home", "homes destroyed"],
  );
});

test("claims: 'the number of boats missing … rose to 18' gives noun and state; the attribution the claimant", () => {
  const text = "The number of boats missing after the storm rose to 18 on Tuesday, the Coast Guard said.";
  const [c] = extractClaims(text, NO_CTX);
  assert.deepEqual(
    [c.value, c.claimant, c.unit, c.what, c.when],
    [18, "Coast Guard", "boat", "boats missing", "2031-05-13"],
  );
});

test("claims: a figure in a dash aside takes the aside's time, not the sentence's", () => {
  const text =
    "Some of the 900 engineers sent north – up from an early estimate of 300 engineers last month – have reached the coast, the ministry said on Monday.";
  const claims = extractClaims(text, NO_CTX);
  const early = claims.find((c) => c.value === 300);
  const now = claims.find((c) => c.value === 900);
  assert.deepEqual([early?.when, now?.when], ["2031-04", "2031-05-12"]);
  const garbled = extractClaims(text.replace("last month", "final month"), NO_CTX).find(
    (c) => c.value === 300,
  );
  assert.equal(garbled?.when, null, "no time in the aside: none from outside it");
});

test("claims: 'N more' is an increment, kept apart from totals", () => {
  const text =
    "The guild said 300 drivers had joined the strike, and a couple thousand more are expected to walk out.";
  const claims = extractClaims(text, NO_CTX);
  const total = claims.find((c) => c.value === 300);
  const more = claims.find((c) => c.value === 2000);
  assert.equal(total?.what, "drivers");
  assert.equal(more?.what, "more drivers");
  assert.equal(more?.qualifier, "about", "a couple thousand is approximate");
  assert.equal(total?.qualifier, "exact");
  assert.equal(
    extractClaims("Some 300 homes more than the year before were flooded.", NO_CTX)[0]?.what,
    "homes",
  );
});

test("claims: a bare figure after 'rose to' is no comparison with the count before it", () => {
  const text = "Officials said 40 boats were lost. Fuel prices rose to 75 on Monday.";
  const claims = extractClaims(text, NO_CTX);
  assert.deepEqual(
    claims.map((c) => c.value),
    [40],
  );
});

test("claims: '9 of its 30 buses were idle': the part counts the whole's noun with what is said of it", () => {
  const text = "The Tarrow Transit Board said 9 of its 30 buses were idle on Tuesday.";
  const x = extract({ id: "b", text, publishedAt: "2031-05-14T09:00:00Z" });
  assert.deepEqual(
    x.claims.map((c) => [c.value, c.unit, c.what, c.claimant]),
    [
      [9, "bus", "buses idle", "Tarrow Transit Board"],
      [30, "bus", "buses", "Tarrow Transit Board"],
    ],
  );
  // without a predicate the part is left out rather than read as a total
  assert.deepEqual(
    extractClaims("Crews repaired 9 of the 30 buses.", NO_CTX).map((c) => c.value),
    [30],
  );
});

test("claims: 'including two over the coast' is a breakdown, no figure of its own", () => {
  const text =
    "The navy said it shot down seven drones overnight, including two over the coast and one over Tarn.";
  const claims = extractClaims(text, NO_CTX);
  assert.deepEqual(
    claims.filter((c) => c.what !== null).map((c) => [c.value, c.what]),
    [[7, "drones"]],
  );
});
