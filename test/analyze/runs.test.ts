import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { analyzePaths } from "../../src/analyze/run.ts";
import { DEMO_DIR } from "../../src/cli/commands/demo.ts";
import { openStore, type Store } from "../../src/store/index.ts";

/** Counts how often the whole-text loader is used, to see that texts are read on demand instead. */
function counting(store: Store): { store: Store; articleReads: () => number } {
  let reads = 0;
  const articles: Store["articles"] = (q) => {
    reads++;
    return store.articles(q);
  };
  return {
    store: Object.assign(Object.create(store) as Store, { articles }),
    articleReads: () => reads,
  };
}

test("a later run finds reuse of an article stored by an earlier run, reading its text on demand", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "newsfuse-runs-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const db = join(dir, "runs.db");
  const first = openStore(db);
  const one = await analyzePaths(first, [join(DEMO_DIR, "01-northwind-wire.txt")]);
  await first.close();
  assert.equal(one.newIds.length, 1);

  const again = openStore(db);
  const { store, articleReads } = counting(again);
  const two = await analyzePaths(store, [join(DEMO_DIR, "02-harbour-courier-reprint.txt")]);
  const rels = await again.relations();
  await again.close();
  assert.equal(two.newIds.length, 1);
  assert.equal(articleReads(), 0, "stored texts are not all loaded up front");
  const rel = rels.find((r) => [r.a, r.b].includes(one.newIds[0]) && [r.a, r.b].includes(two.newIds[0]));
  assert.ok(rel, "the reprint is related to the stored original");
  assert.ok(rel.passages.length > 0);
});
