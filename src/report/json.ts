import { z } from "zod";
import { type Article, Claim, Entity, Event, Message, Quote, Relation, Span } from "../model/index.ts";

/** Version of the JSON report contract. Bump it (and say so in the README) to rename or remove a field. */
export const REPORT_VERSION = 1 as const;

export const ReportArticle = z.object({
  id: z.string(),
  source: z.string(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  author: z.string().nullable(),
  publishedAt: z.string().nullable(),
  modifiedAt: z.string().nullable(),
  url: z.string().nullable(),
  language: z.string().nullable(),
  isArticle: z.boolean(),
  contentHash: z.string(),
  text: z.string(),
  removed: z.array(z.string()),
});

export type ReportArticle = z.infer<typeof ReportArticle>;

/** An article as the report (and every other JSON output) shows it. */
export function reportArticle(a: Article): ReportArticle {
  return {
    id: a.id,
    source: a.source,
    outlet: a.outlet,
    title: a.title,
    author: a.author,
    publishedAt: a.publishedAt,
    modifiedAt: a.modifiedAt,
    url: a.url,
    language: a.language,
    isArticle: a.isArticle,
    contentHash: a.contentHash,
    text: a.text,
    removed: a.removed,
  };
}

export const ReportStory = z.object({
  id: z.string(),
  title: z.string(),
  articleIds: z.array(z.string()),
  start: z.string().nullable(),
  end: z.string().nullable(),
  outlets: z.array(z.string()),
  people: z.array(z.string()),
  places: z.array(z.string()),
  organizations: z.array(z.string()),
});

/** The whole report: what `newsfuse analyze --format json` prints. */
export const Report = z.object({
  version: z.literal(REPORT_VERSION),
  articles: z.array(ReportArticle),
  stories: z.array(ReportStory),
  relations: z.array(Relation),
  quotes: z.array(Quote),
  claims: z.array(Claim),
  events: z.array(Event),
  entities: z.array(Entity),
  briefs: z.array(z.unknown()),
  messages: z.array(Message),
});
export type Report = z.infer<typeof Report>;

export { Span };

/** Serializes a report with stable key order and two-space indentation. */
export function stringifyReport(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
