import assert from "node:assert/strict";
import { test } from "node:test";
import { loadReport } from "../../src/analyze/report.ts";
import { analyzePaths } from "../../src/analyze/run.ts";
import { Brief } from "../../src/crosscheck/brief.ts";
import { SqliteStore } from "../../src/store/index.ts";
import { haveSeeds, NO_SHARED, SEEDS } from "./helpers.ts";

/** The seeds are named NNN_hash.txt; tests refer to them by their number. */
function bySeed<T extends { source: string }>(rows: T[], n: string): T {
  const row = rows.find((r) => r.source.includes(`/${n}_`));
  assert.ok(row, `seed ${n} present`);
  return row;
}

async function seedsReport() {
  const store = new SqliteStore(":memory:");
  const result = await analyzePaths(store, [SEEDS]);
  const report = await loadReport(store, { articleIds: result.articleIds });
  await store.close();
  return report;
}

test("brief of the seeds: sources, figures and quotes match what the articles say", {
  skip: !haveSeeds && NO_SHARED,
}, async () => {
  const report = await seedsReport();
  assert.equal(report.stories.length, 1, "all five seeds form one story");
  const brief = Brief.parse(report.briefs[0]);
  const text = new Map(report.articles.map((a) => [a.id, a.text]));

  // Sources: the two versions of one outlet's article are one origin; the spun copy shares its original's.
  assert.equal(brief.sources.length, 5);
  const [s0, s1, s2, s3, s4] = ["000", "001", "002", "003", "004"].map((n) => bySeed(brief.sources, n));
  assert.equal(s4.origin, s0.origin, "update and first version: one origin");
  assert.ok(
    ["version", "reprint"].includes(s4.originality) || ["version", "reprint"].includes(s0.originality),
  );
  assert.equal(s3.originality, "spin");
  assert.equal(s3.of, s1.articleId, "the spun copy is a copy of the rewrite");
  assert.equal(s3.origin, s1.origin);
  assert.equal(s2.originality, "original");
  assert.equal(new Set([s0.origin, s1.origin, s2.origin]).size, 3);
  assert.equal(brief.originCount, 3);

  // Figures: troop counts with their claimants, every one traceable to the articles' words.
  const entries = brief.figures.flatMap((g) => g.entries.map((e) => ({ ...e, group: g })));
  for (const e of entries) {
    for (const id of e.articleIds) {
      const t = text.get(id) ?? "";
      const digits = String(e.value);
      const grouped = e.value.toLocaleString("en-US");
      assert.ok(
        t.includes(digits) || t.includes(grouped) || e.value < 100 || /thousand|three,000/.test(t),
        `${e.display} appears in ${id}`,
      );
    }
  }
  const find = (value: number, claimant: RegExp) =>
    entries.find((e) => e.value === value && claimant.test(e.claimant));
  assert.ok(find(10000, /Pentagon|Defense|Singh/), "10,000 claimed by the Pentagon side");
  assert.ok(find(3000, /NATO/), "3,000 confirmed by NATO");
  assert.ok(find(12000, /Zelensky/), "12,000 from Zelensky");
  const troops = find(10000, /Pentagon|Defense|Singh/)!.group;
  assert.ok(!troops.flags.includes("conflict"), "different claimants and days are not one conflict");
  assert.ok(troops.entries.every((e) => !e.conflict));

  // Quotes: every wording is in its articles; the spun copy's garbled wordings are altered and add nothing.
  const spunId = s3.articleId;
  let spunAltered = 0;
  for (const speaker of brief.whoSaid) {
    for (const g of speaker.groups) {
      for (const v of g.versions) {
        for (const id of v.articleIds) {
          const probe = v.text.replace(/[“”"]/g, "").slice(0, 40);
          assert.ok((text.get(id) ?? "").replace(/[“”"]/g, "").includes(probe), `"${probe}" is in ${id}`);
        }
        if (v.articleIds.length === 1 && v.articleIds[0] === spunId && v.altered) {
          spunAltered++;
          assert.equal(v.origins, 0, "a spun wording adds no corroboration");
        }
      }
    }
  }
  assert.ok(spunAltered >= 3, `spun quotes marked altered (${spunAltered})`);
  const singh = brief.whoSaid.find((s) => s.speaker === "Sabrina Singh");
  assert.ok(singh, "Sabrina Singh resolved by full name");
  assert.ok(
    singh.groups.some((g) => g.origins >= 3),
    "her 10,000 quote is carried by three independent origins",
  );
});
