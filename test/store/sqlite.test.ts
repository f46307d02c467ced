import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import Database from "better-sqlite3";
import { SqliteStore } from "../../src/store/index.ts";
import { runStoreConformance } from "./conformance.ts";

const dir = mkdtempSync(join(tmpdir(), "newsfuse-store-"));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

runStoreConformance({
  name: "sqlite file",
  async fresh() {
    const path = join(dir, `s${++n}.db`);
    return { store: new SqliteStore(path), reopen: async () => new SqliteStore(path) };
  },
});

runStoreConformance({ name: "sqlite :memory:", fresh: async () => ({ store: new SqliteStore(":memory:") }) });

test("sqlite: refuses a database from a newer newsfuse", () => {
  const path = join(dir, "future.db");
  const db = new Database(path);
  db.pragma("user_version = 999");
  db.close();
  assert.throws(() => new SqliteStore(path), /schema version 999, newer than this newsfuse/);
});

test("sqlite: a file that is not a database gets a clear error", async () => {
  const path = join(dir, "not-a-db.db");
  (await import("node:fs")).writeFileSync(path, "this is plain text, not SQLite ".repeat(200));
  assert.throws(() => new SqliteStore(path), /not-a-db\.db/);
});
