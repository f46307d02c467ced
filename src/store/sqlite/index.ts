import Database, { type Statement } from "better-sqlite3";
import type { Article, Extraction, Message, Relation, Story } from "../../model/index.ts";
import type { ArticleQuery, Batch, ReuseState, Store } from "../store.ts";
import { MIGRATIONS } from "./migrations.ts";
import {
  type ArticleRow,
  articleParams,
  type MessageRow,
  type RelationRow,
  toArticle,
  toRelation,
} from "./rows.ts";

const CHUNK = 500;

function chunks<T>(xs: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += CHUNK) out.push(xs.slice(i, i + CHUNK));
  return out;
}

function marks(n: number): string {
  return new Array(n).fill("?").join(",");
}

/** The embedded default store: one SQLite file (or `:memory:`), WAL mode, every batch in one transaction. */
export class SqliteStore implements Store {
  readonly kind = "sqlite";
  private readonly db: Database.Database;

  constructor(readonly path: string) {
    try {
      this.db = new Database(path);
      if (path !== ":memory:") this.db.pragma("journal_mode = WAL");
      this.db.pragma("foreign_keys = ON");
      this.db.pragma("busy_timeout = 5000");
    } catch (err) {
      throw new Error(`cannot open database ${path}: ${(err as Error).message}`);
    }
    this.migrate();
  }

  private migrate(): void {
    const current = this.db.pragma("user_version", { simple: true }) as number;
    if (current > MIGRATIONS.length) {
      throw new Error(
        `${this.path} has schema version ${current}, newer than this newsfuse (${MIGRATIONS.length}): upgrade newsfuse`,
      );
    }
    for (let v = current; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  async schemaVersion(): Promise<number> {
    return this.db.pragma("user_version", { simple: true }) as number;
  }

  async idsByHash(hashes: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const part of chunks(hashes)) {
      const rows = this.db
        .prepare(`SELECT id, content_hash FROM articles WHERE content_hash IN (${marks(part.length)})`)
        .all(...part) as { id: string; content_hash: string }[];
      for (const r of rows) out.set(r.content_hash, r.id);
    }
    return out;
  }

  private textStmt: Statement | null = null;

  textSync(id: string): string | undefined {
    this.textStmt ??= this.db.prepare("SELECT text FROM articles WHERE id = ?");
    return (this.textStmt.get(id) as { text: string } | undefined)?.text;
  }

  async articles(q: ArticleQuery = {}): Promise<Article[]> {
    if (q.ids) {
      const byId = new Map<string, Article>();
      for (const part of chunks(q.ids)) {
        const rows = this.db
          .prepare(`SELECT * FROM articles WHERE id IN (${marks(part.length)})`)
          .all(...part);
        for (const r of rows as ArticleRow[]) byId.set(r.id, toArticle(r));
      }
      return q.ids.flatMap((id) => byId.get(id) ?? []);
    }
    const where = q.outlet ? "WHERE outlet = @outlet" : "";
    const rows = this.db
      .prepare(`SELECT * FROM articles ${where} ORDER BY seq LIMIT @limit OFFSET @offset`)
      .all({ outlet: q.outlet, limit: q.limit ?? -1, offset: q.offset ?? 0 }) as ArticleRow[];
    return rows.map(toArticle);
  }

  async articleCount(): Promise<number> {
    return (this.db.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
  }

  async extractions(ids: string[]): Promise<Map<string, Extraction>> {
    const out = new Map<string, Extraction>();
    for (const part of chunks(ids)) {
      const rows = this.db
        .prepare(`SELECT article_id, json FROM extractions WHERE article_id IN (${marks(part.length)})`)
        .all(...part) as { article_id: string; json: string }[];
      for (const r of rows) out.set(r.article_id, JSON.parse(r.json));
    }
    return out;
  }

  async relations(ids?: string[]): Promise<Relation[]> {
    if (!ids)
      return (this.db.prepare("SELECT * FROM relations ORDER BY a, b").all() as RelationRow[]).map(
        toRelation,
      );
    const seen = new Map<string, Relation>();
    for (const part of chunks(ids)) {
      const m = marks(part.length);
      const rows = this.db
        .prepare(`SELECT * FROM relations WHERE a IN (${m}) OR b IN (${m})`)
        .all(...part, ...part) as RelationRow[];
      for (const r of rows) seen.set(`${r.a}\u0000${r.b}`, toRelation(r));
    }
    return [...seen.values()].sort((x, y) => (x.a + x.b < y.a + y.b ? -1 : 1));
  }

  async reuseStates(): Promise<ReuseState[]> {
    const rows = this.db
      .prepare(
        "SELECT r.article_id, r.outlet, r.published_at, r.state FROM reuse_state r JOIN articles a ON a.id = r.article_id ORDER BY a.seq",
      )
      .all() as { article_id: string; outlet: string | null; published_at: string | null; state: Buffer }[];
    return rows.map((r) => ({
      id: r.article_id,
      outlet: r.outlet,
      publishedAt: r.published_at,
      state: new Uint8Array(r.state),
    }));
  }

  async stories(): Promise<Story[]> {
    const rows = this.db.prepare("SELECT json FROM stories ORDER BY id").all() as { json: string }[];
    return rows.map((r) => JSON.parse(r.json) as Story);
  }

  async state(key: string): Promise<unknown | null> {
    const row = this.db.prepare("SELECT json FROM state WHERE key = ?").get(key) as
      | { json: string }
      | undefined;
    return row ? JSON.parse(row.json) : null;
  }

  async messages(limit = 1000): Promise<Message[]> {
    return this.db
      .prepare("SELECT level, source, line, stage, message FROM messages ORDER BY id DESC LIMIT ?")
      .all(limit) as MessageRow[];
  }

  async search(query: string, limit = 50): Promise<string[]> {
    const terms = query.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (terms.length === 0) return [];
    const match = terms.map((t) => `"${t}"`).join(" ");
    const rows = this.db
      .prepare("SELECT article_id FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?")
      .all(match, limit) as { article_id: string }[];
    return rows.map((r) => r.article_id);
  }

  async commit(batch: Batch): Promise<void> {
    this.db.transaction(() => this.write(batch))();
  }

  private write(b: Batch): void {
    const now = new Date().toISOString();
    let seq = (this.db.prepare("SELECT coalesce(max(seq), 0) AS s FROM articles").get() as { s: number }).s;
    const insArticle = this.db.prepare(
      `INSERT OR IGNORE INTO articles (id, seq, content_hash, source, outlet, title, author, published_at, modified_at,
       url, language, text, removed, is_article, ingested_at) VALUES (@id, @seq, @content_hash, @source, @outlet,
       @title, @author, @published_at, @modified_at, @url, @language, @text, @removed, @is_article, @ingested_at)`,
    );
    const insFts = this.db.prepare("INSERT INTO articles_fts (article_id, title, text) VALUES (?, ?, ?)");
    for (const a of b.articles) {
      if (insArticle.run(articleParams(a, ++seq, now)).changes === 1) insFts.run(a.id, a.title ?? "", a.text);
    }
    const insX = this.db.prepare("INSERT OR REPLACE INTO extractions (article_id, json) VALUES (?, ?)");
    for (const x of b.extractions) insX.run(x.articleId, JSON.stringify(x.extraction));
    const insR = this.db.prepare(
      "INSERT OR REPLACE INTO reuse_state (article_id, outlet, published_at, state) VALUES (?, ?, ?, ?)",
    );
    for (const r of b.reuse) insR.run(r.id, r.outlet, r.publishedAt, Buffer.from(r.state));
    const insRel = this.db.prepare(
      "INSERT OR REPLACE INTO relations (a, b, kind, derived, score, passages) VALUES (?, ?, ?, ?, ?, ?)",
    );
    for (const r of b.relations) insRel.run(r.a, r.b, r.kind, r.derived, r.score, JSON.stringify(r.passages));
    this.writeStories(b);
    const insState = this.db.prepare("INSERT OR REPLACE INTO state (key, json) VALUES (?, ?)");
    for (const s of b.state) insState.run(s.key, JSON.stringify(s.value));
    const insMsg = this.db.prepare(
      "INSERT INTO messages (at, level, source, line, stage, message) VALUES (?, ?, ?, ?, ?, ?)",
    );
    for (const m of b.messages) insMsg.run(now, m.level, m.source, m.line, m.stage, m.message);
  }

  private writeStories(b: Batch): void {
    const del = this.db.prepare("DELETE FROM stories WHERE id = ?");
    const delLinks = this.db.prepare("DELETE FROM story_articles WHERE story_id = ?");
    const ins = this.db.prepare("INSERT OR REPLACE INTO stories (id, json) VALUES (?, ?)");
    const link = this.db.prepare("INSERT OR IGNORE INTO story_articles (story_id, article_id) VALUES (?, ?)");
    for (const id of b.removedStories) {
      del.run(id);
      delLinks.run(id);
    }
    for (const s of b.stories) {
      delLinks.run(s.id);
      ins.run(s.id, JSON.stringify(s));
      for (const a of s.articleIds) link.run(s.id, a);
    }
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
