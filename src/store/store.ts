import type { Article, Extraction, Message, Relation, Story } from "../model/index.ts";

/** Per-article reuse state (sketch) as the reuse stage exports it, with what it needs to rebuild its index. */
export interface ReuseState {
  id: string;
  outlet: string | null;
  publishedAt: string | null;
  state: Uint8Array;
}

/** Everything one analysis run writes; a backend applies it atomically or not at all. */
export interface Batch {
  articles: Article[];
  extractions: { articleId: string; extraction: Extraction }[];
  reuse: ReuseState[];
  relations: Relation[];
  /** Stories touched by this run, replacing the stored ones with the same id; `removedStories` were merged away. */
  stories: Story[];
  removedStories: string[];
  /** Opaque state blobs of the stages (the story clusterer's), by key. */
  state: { key: string; value: unknown }[];
  messages: Message[];
}

export interface ArticleQuery {
  ids?: string[];
  outlet?: string;
  limit?: number;
  offset?: number;
}

/**
 * Where newsfuse keeps what it learned. SQLite is the embedded default; a PostgreSQL backend implements the
 * same interface and must pass the same conformance suite (test/store/conformance.ts).
 */
export interface Store {
  readonly kind: string;
  schemaVersion(): Promise<number>;
  /** Map of content hash to stored article id, for the given hashes. */
  idsByHash(hashes: string[]): Promise<Map<string, string>>;
  articles(query?: ArticleQuery): Promise<Article[]>;
  articleCount(): Promise<number>;
  extractions(ids: string[]): Promise<Map<string, Extraction>>;
  relations(ids?: string[]): Promise<Relation[]>;
  reuseStates(): Promise<ReuseState[]>;
  stories(): Promise<Story[]>;
  state(key: string): Promise<unknown | null>;
  messages(limit?: number): Promise<Message[]>;
  /** Full-text search over title and text; returns article ids, best first. */
  search(query: string, limit?: number): Promise<string[]>;
  commit(batch: Batch): Promise<void>;
  close(): Promise<void>;
  /**
   * Optional: one stored article's text, read synchronously (an embedded database can). With it, the reuse
   * stage reads the texts it aligns against on demand instead of holding every stored text in memory.
   */
  textSync?(id: string): string | undefined;
}

export function emptyBatch(): Batch {
  return {
    articles: [],
    extractions: [],
    reuse: [],
    relations: [],
    stories: [],
    removedStories: [],
    state: [],
    messages: [],
  };
}
