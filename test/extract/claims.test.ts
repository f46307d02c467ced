import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { extractClaims } from "../../src/extract/claims/index.ts";
import { resolveTime } from "../../src/extract/claims/when.ts";
import { extract } from "../../src/extract/index.ts";
import { Claim } from "../../src/model/index.ts";

const SEEDS = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "shared", "seeds");
const NO_CTX = { articleId: "t", publishedAt: "2031-05-14T09:00:00Z", quotes: [], entities: [] };

/** Fictional sentences: [text, value, qualifier, unit, claimant, when]. */
const ROWS: [string, number, string, string | null, string | null, string | null][] = [
  [
    "The Harbour Authority said Monday that about 1,200 people had left the coast.",
    1200,
    "about",
    "people",
    "Harbour Authority",
    "2031-05-12",
  ],
  [
    "More than 40 boats were damaged, according to the Coast Guard.",
    40,
    "more than",
    "boat",
    "Coast Guard",
    null,
  ],
  [
    "Rescuers found as many as 12 survivors last week, Mayor Tomas Reid told reporters.",
    12,
    "up to",
    "survivor",
    "Tomas Reid",
    "2031-05-05/2031-05-11",
  ],
  [
    "Repairs will cost nearly 3 million euros, the ministry estimated on Tuesday.",
    3e6,
    "nearly",
    "euro",
    "ministry",
    "2031-05-13",
  ],
  ["The port handled 5,000 containers.", 5000, "exact", "container", null, null],
];

test("claims: value, qualifier, unit, claimant and time from fictional sentences", () => {
  for (const [text, value, qualifier, unit, claimant, when] of ROWS) {
    const claims = extractClaims(text, NO_CTX);
    assert.equal(claims.length, 1, `${text} → ${JSON.stringify(claims)}`);
    const c = Claim.parse(claims[0]);
    assert.equal(c.value, value, text);
    assert.equal(c.qualifier, qualifier, text);
    assert.equal(c.unit, unit, text);
    assert.equal(c.claimant, claimant, text);
    assert.equal(c.when, when, text);
    assert.equal(c.id, "t:c1");
  }
});

test("claims: the quote holding a figure gives its claimant; 'she said' goes to the last speaker", () => {
  const text =
    "Fisheries Minister Elin Varga visited the harbour. “We lost 300 nets in one night,” Varga said. She said 25 trawlers were still missing.";
  const x = extract({ id: "f", text, publishedAt: null });
  const nets = x.claims.find((c) => c.value === 300);
  const trawlers = x.claims.find((c) => c.value === 25);
  assert.equal(nets?.claimant, "Elin Varga");
  assert.equal(trawlers?.claimant, "Elin Varga");
  assert.equal(trawlers?.what, "trawlers missing");
});

test("claims: years, dates and bare numbers are not claims; 'killed or wounded' is kept in what", () => {
  const text =
    "On March 3, 2030, the agency said more than 9,000 soldiers had been killed or wounded since 2028.";
  const claims = extractClaims(text, NO_CTX);
  assert.deepEqual(
    claims.map((c) => c.value),
    [9000],
  );
  assert.equal(claims[0].what, "soldiers killed or wounded");
  assert.equal(claims[0].when, "2030-03-03");
});

test("claims: a measure says what it is of", () => {
  const [aid] = extractClaims("Ostland pledged $5 billion in military aid on Friday.", NO_CTX);
  assert.deepEqual([aid.value, aid.unit, aid.what, aid.when], [5e9, "dollar", "military aid", "2031-05-09"]);
  const [rise] = extractClaims("Exports rose 4% in the first quarter.", NO_CTX);
  assert.equal(rise.what, "rise");
});

test("claims: time words resolve against the publication date, else stay words", () => {
  assert.equal(resolveTime("last Monday", "2031-05-12"), "2031-05-05");
  assert.equal(resolveTime("yesterday", "2031-05-01T23:00:00Z"), "2031-04-30");
  assert.equal(resolveTime("Oct. 28", "2031-02-01"), "2030-10-28");
  assert.equal(resolveTime("on Friday", null), "Friday");
});

/** Each troop figure of the seeds with who stated it and, where the sentence says, when. */
const SEED_FIGURES: [file: string, value: number, claimant: RegExp, when: string | null][] = [
  ["000_2a2ee745aa38c9f2.txt", 10000, /Defense Department/, "2024-10-28"],
  ["000_2a2ee745aa38c9f2.txt", 3000, /^NATO$/, "2024-10-28"],
  ["000_2a2ee745aa38c9f2.txt", 600000, /^Mark Rutte$/, null],
  ["001_67ea46896210dce6.txt", 10000, /^Sabrina Singh$/, "2024-10-28"],
  ["002_22dfdd3a21497004.txt", 10000, /^Washington$/, null],
  ["002_22dfdd3a21497004.txt", 12000, /^Volodymyr Zelensky$/, null],
  ["002_22dfdd3a21497004.txt", 600000, /^Mark Rutte$/, null],
  // spun copy: "an initial US estimate of three,000 troops": the estimate's owner
  ["003_d4d637be339d7832.txt", 3000, /^(?:US|U\.S\.|United States)$/, null],
  ["004_acce5f484d2fa897.txt", 2000, /^Pat Ryder$/, null],
  ["004_acce5f484d2fa897.txt", 10000, /Department of Defense/, "2024-10-28"],
  ["004_acce5f484d2fa897.txt", 3000, /^NATO$/, "2024-10-28"],
  ["004_acce5f484d2fa897.txt", 600000, /^Mark Rutte$/, null],
];

test("seeds: each troop figure is linked to who stated it and when", (t) => {
  if (!existsSync(SEEDS)) return t.skip("../shared not found");
  for (const [file, value, claimant, when] of SEED_FIGURES) {
    const text = readFileSync(join(SEEDS, file), "utf8");
    const { claims } = extract({ id: file, text, publishedAt: "2024-10-29T12:00:00Z" });
    const hits = claims.filter((c) => c.value === value && /troop|soldier|force/.test(c.unit ?? ""));
    assert.ok(hits.length > 0, `${file}: no claim of ${value}`);
    assert.ok(
      hits.some((c) => claimant.test(c.claimant ?? "")),
      `${file} ${value}: ${hits.map((c) => c.claimant)}`,
    );
    if (when)
      assert.ok(
        hits.some((c) => claimant.test(c.claimant ?? "") && c.when === when),
        `${file} ${value} when`,
      );
  }
  const rutte = extract({
    id: "r",
    text: readFileSync(join(SEEDS, SEED_FIGURES[2][0]), "utf8"),
    publishedAt: null,
  });
  assert.equal(rutte.claims.find((c) => c.value === 600000)?.what, "Russian forces killed or wounded");
  assert.equal(rutte.claims.find((c) => c.value === 600000)?.qualifier, "more than");
});

test("claims: two claimants in one sentence, each with the figure they put forward", () => {
  const text =
    "Police said about 2,000 people marched through Varno on Saturday, while organisers put the crowd at as many as 40,000.";
  const claims = extractClaims(text, NO_CTX);
  const police = claims.find((c) => c.value === 2000);
  const organisers = claims.find((c) => c.value === 40000);
  assert.equal(police?.claimant, "Police");
  assert.equal(organisers?.claimant, "organisers");
  assert.equal(organisers?.qualifier, "up to");
});

test("claims: the base of a ratio is not a count ('four in ten schools')", () => {
  const text = "Nearly four in ten schools stayed shut on Monday, and 120 schools were damaged.";
  const claims = extractClaims(text, NO_CTX);
  assert.deepEqual(
    claims.map((c) => [c.value, c.unit]),
    [[120, "school"]],
  );
});

test("claims: 'one of the biggest heists' ranks, it counts nothing", () => {
  const text =
    "It was one of the world's biggest ever heists, and one of the first ships to sink. Two guards were hurt.";
  assert.deepEqual(
    extractClaims(text, NO_CTX).map((c) => [c.value, c.unit]),
    [[2, "guard"]],
  );
});

test("claims: decades, addresses and 'one thing' are no figures; 'their' is not part of what is counted", () => {
  const text =
    "She modelled in the 19 fifties. Police were called to the 12000 block of Harbour Road. That is one thing. Mayor Ivo Brandt said one of their co-workers was hurt.";
  const claims = extractClaims(text, NO_CTX);
  assert.deepEqual(
    claims.map((c) => [c.value, c.what, c.claimant]),
    [[1, "co-workers hurt", "Ivo Brandt"]],
  );
});
