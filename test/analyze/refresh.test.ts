import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { EXTRACT_VERSION_KEY, refreshExtractions } from "../../src/analyze/refresh.ts";
import { analyzePaths } from "../../src/analyze/run.ts";
import { DEMO_DIR } from "../../src/cli/commands/demo.ts";
import { EXTRACT_VERSION } from "../../src/extract/index.ts";
import { emptyBatch, openStore } from "../../src/store/index.ts";

test("extractions stored by another extractor version: analyze warns, refresh redoes them", async (t) => {
  const store = openStore(":memory:");
  t.after(() => store.close());
  const first = await analyzePaths(store, [join(DEMO_DIR, "01-northwind-wire.txt")]);
  assert.deepEqual(first.messages, []);
  assert.equal(await store.state(EXTRACT_VERSION_KEY), EXTRACT_VERSION);
  const id = first.newIds[0];
  const good = (await store.extractions([id])).get(id);
  assert.ok(good && good.quotes.length > 0);

  // as an older newsfuse would have left it: another version, and an extraction that found nothing
  const old = emptyBatch();
  old.state.push({ key: EXTRACT_VERSION_KEY, value: EXTRACT_VERSION - 1 });
  old.extractions.push({ articleId: id, extraction: { quotes: [], claims: [], entities: [], events: [] } });
  await store.commit(old);

  const second = await analyzePaths(store, [join(DEMO_DIR, "06-esterra-public-radio.txt")]);
  const warning = second.messages.find((m) => m.level === "warning" && m.stage === "extract");
  assert.ok(warning, JSON.stringify(second.messages));
  assert.match(warning.message, /newsfuse refresh/);
  assert.equal(await store.state(EXTRACT_VERSION_KEY), EXTRACT_VERSION - 1, "still marked stale");

  assert.equal(await refreshExtractions(store), 2);
  assert.equal(await store.state(EXTRACT_VERSION_KEY), EXTRACT_VERSION);
  assert.deepEqual(
    (await store.extractions([id])).get(id),
    good,
    "the refreshed extraction is the current one",
  );
  const third = await analyzePaths(store, [join(DEMO_DIR, "07-meridian-post-rewrite.txt")]);
  assert.ok(!third.messages.some((m) => m.stage === "extract"), JSON.stringify(third.messages));
});
