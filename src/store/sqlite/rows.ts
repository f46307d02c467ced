import type { Article, Message, Relation } from "../../model/index.ts";

export interface ArticleRow {
  id: string;
  seq: number;
  content_hash: string;
  source: string;
  outlet: string | null;
  title: string | null;
  author: string | null;
  published_at: string | null;
  modified_at: string | null;
  url: string | null;
  language: string | null;
  text: string;
  removed: string;
  is_article: number;
}

export function toArticle(r: ArticleRow): Article {
  return {
    id: r.id,
    source: r.source,
    outlet: r.outlet,
    title: r.title,
    author: r.author,
    publishedAt: r.published_at,
    modifiedAt: r.modified_at,
    url: r.url,
    language: r.language,
    text: r.text,
    removed: JSON.parse(r.removed) as string[],
    contentHash: r.content_hash,
    isArticle: r.is_article === 1,
  };
}

export function articleParams(a: Article, seq: number, now: string) {
  return {
    id: a.id,
    seq,
    content_hash: a.contentHash,
    source: a.source,
    outlet: a.outlet,
    title: a.title,
    author: a.author,
    published_at: a.publishedAt,
    modified_at: a.modifiedAt,
    url: a.url,
    language: a.language,
    text: a.text,
    removed: JSON.stringify(a.removed),
    is_article: a.isArticle ? 1 : 0,
    ingested_at: now,
  };
}

export interface RelationRow {
  a: string;
  b: string;
  kind: Relation["kind"];
  derived: string | null;
  score: number;
  passages: string;
}

export function toRelation(r: RelationRow): Relation {
  return {
    a: r.a,
    b: r.b,
    kind: r.kind,
    derived: r.derived,
    score: r.score,
    passages: JSON.parse(r.passages),
  };
}

export interface MessageRow {
  level: Message["level"];
  source: string;
  line: number | null;
  stage: string;
  message: string;
}
