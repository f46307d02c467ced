import { SqliteStore } from "./sqlite/index.ts";
import type { Store } from "./store.ts";

export type { ArticleQuery, Batch, ReuseState, Store } from "./store.ts";
export { emptyBatch } from "./store.ts";
export { SqliteStore };

/** Opens the store a `--db` value names: a file path or `:memory:` (SQLite). */
export function openStore(db: string): Store {
  if (/^postgres(ql)?:\/\//.test(db)) {
    throw new Error("PostgreSQL is not supported yet: use a SQLite file path or :memory: for --db");
  }
  return new SqliteStore(db);
}
