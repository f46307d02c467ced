/** Schema migrations, applied in order; `user_version` records how many ran. Never edit a shipped one. */
export const MIGRATIONS: string[] = [
  `
  CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    outlet TEXT, title TEXT, author TEXT, published_at TEXT, modified_at TEXT, url TEXT, language TEXT,
    text TEXT NOT NULL,
    removed TEXT NOT NULL,
    is_article INTEGER NOT NULL,
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX articles_outlet ON articles(outlet);
  CREATE INDEX articles_published ON articles(published_at);
  CREATE TABLE extractions (article_id TEXT PRIMARY KEY REFERENCES articles(id), json TEXT NOT NULL);
  CREATE TABLE reuse_state (
    article_id TEXT PRIMARY KEY REFERENCES articles(id), outlet TEXT, published_at TEXT, state BLOB NOT NULL
  );
  CREATE TABLE relations (
    a TEXT NOT NULL, b TEXT NOT NULL, kind TEXT NOT NULL, derived TEXT, score REAL NOT NULL, passages TEXT NOT NULL,
    PRIMARY KEY (a, b)
  );
  CREATE INDEX relations_b ON relations(b);
  CREATE TABLE stories (id TEXT PRIMARY KEY, json TEXT NOT NULL);
  CREATE TABLE story_articles (story_id TEXT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (story_id, article_id));
  CREATE INDEX story_articles_article ON story_articles(article_id);
  CREATE TABLE state (key TEXT PRIMARY KEY, json TEXT NOT NULL);
  CREATE TABLE messages (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, level TEXT NOT NULL, source TEXT NOT NULL, line INTEGER,
    stage TEXT NOT NULL, message TEXT NOT NULL
  );
  CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, text);
  `,
];
