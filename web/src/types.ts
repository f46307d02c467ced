import type { Brief } from "../../src/crosscheck/index.ts";
import type { Claim, Quote, RelationKind, Span } from "../../src/model/index.ts";
import type { StorySummary } from "../../src/server/summary.ts";

export type { Brief, Claim, Quote, RelationKind, Span, StorySummary };

export interface StoryList {
  total: number;
  limit: number;
  offset: number;
  stories: StorySummary[];
}

export interface ArticleRef {
  id: string;
  outlet: string | null;
  title: string | null;
  publishedAt: string | null;
  url: string | null;
}

export interface StoryArticle extends ArticleRef {
  /** The article to compare this one with (its original, else a copy of it), or null. */
  compareWith: string | null;
}

export interface RelationRef {
  a: string;
  b: string;
  kind: RelationKind;
  derived: string | null;
  score: number;
}

export interface StoryPage {
  story: StorySummary;
  brief: Brief;
  articles: StoryArticle[];
}

export interface FullArticle extends ArticleRef {
  source: string;
  author: string | null;
  text: string;
  removed: string[];
}

export interface ArticlePage {
  article: FullArticle;
  storyId: string | null;
  quotes: Quote[];
  claims: Claim[];
  relations: {
    other: string;
    otherOutlet: string | null;
    otherTitle: string | null;
    kind: RelationKind;
    derived: string | null;
    score: number;
    passages: number;
  }[];
}

export interface Change {
  op: "sub" | "del" | "add";
  a: Span | null;
  b: Span | null;
}

export interface ComparePassage {
  a: Span;
  b: Span;
  same: number;
  changes: Change[];
  truncated: boolean;
}

export interface ComparePage {
  a: FullArticle;
  b: FullArticle;
  relation: (RelationRef & { a: string; b: string }) | null;
  aligned: "stored" | "computed" | "none";
  passages: ComparePassage[];
}

export interface SearchResult {
  id: string;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  storyId: string | null;
  snippet: { text: string; marks: Span[] };
}

export interface Message {
  level: "info" | "warning" | "error";
  source: string;
  line: number | null;
  stage: string;
  message: string;
}

export interface IngestResult {
  articles: (Omit<ArticleRef, "url"> & { new: boolean; storyId: string | null })[];
  newIds: string[];
  stories: {
    id: string;
    title: string;
    articleCount: number;
    added: number;
    state: "new" | "updated" | "unchanged";
  }[];
  messages: Message[];
}
