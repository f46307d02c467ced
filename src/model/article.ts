import { z } from "zod";

/** One article after ingest and cleaning. `text` is the cleaned body every later stage reads. */
export const Article = z.object({
  id: z.string().min(1),
  source: z.string(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  author: z.string().nullable().default(null),
  publishedAt: z.string().nullable(),
  modifiedAt: z.string().nullable().default(null),
  url: z.string().nullable().default(null),
  language: z.string().nullable().default(null),
  text: z.string(),
  removed: z.array(z.string()),
  contentHash: z.string(),
  isArticle: z.boolean().default(true),
});
export type Article = z.infer<typeof Article>;

/** What a reader hands to the pipeline before cleaning: either plain text or HTML. */
export const RawArticle = z.object({
  id: z.string().min(1).optional(),
  source: z.string(),
  url: z.string().nullable().optional(),
  outlet: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
  author: z.string().nullable().optional(),
  publishedAt: z.string().nullable().optional(),
  text: z.string().optional(),
  html: z.string().optional(),
});
export type RawArticle = z.infer<typeof RawArticle>;
