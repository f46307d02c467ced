import { z } from "zod";
import { EntityKind, Qualifier } from "../model/index.ts";

/** One step of a word-level diff of a quote version against the best-attested version. */
export const DiffOp = z.object({ op: z.enum(["same", "add", "del"]), text: z.string() });
export type DiffOp = z.infer<typeof DiffOp>;

/** One wording of a quote, with the articles that carry it. */
export const QuoteVersion = z.object({
  text: z.string(),
  quoteIds: z.array(z.string()),
  articleIds: z.array(z.string()),
  /** Independent origins carrying this wording (reuse-linked articles count once, spun copies not at all). */
  origins: z.number().int(),
  /** A direct quote whose words differ from the best-attested version, or a spun copy's wording.
   * Reported speech in other words is not altered. */
  altered: z.boolean(),
  /** Word diff against the best-attested version; empty for that version itself. */
  diff: z.array(DiffOp),
});
export type QuoteVersion = z.infer<typeof QuoteVersion>;

export const QuoteGroup = z.object({
  id: z.string(),
  speaker: z.string(),
  title: z.string().nullable(),
  kind: z.enum(["direct", "indirect", "mixed"]),
  /** The best-attested wording. */
  text: z.string(),
  articleIds: z.array(z.string()),
  /** Independent origins carrying the words unaltered; altered versions and spun copies add nothing. */
  origins: z.number().int(),
  singleSource: z.boolean(),
  altered: z.boolean(),
  versions: z.array(QuoteVersion),
});
export type QuoteGroup = z.infer<typeof QuoteGroup>;

export const SpeakerQuotes = z.object({
  speaker: z.string(),
  title: z.string().nullable(),
  groups: z.array(QuoteGroup),
});
export type SpeakerQuotes = z.infer<typeof SpeakerQuotes>;

/** Who gave which figure for which day, with the articles that report it. */
export const FigureEntry = z.object({
  claimant: z.string(),
  /** ISO date (YYYY-MM-DD) the figure holds for, or null. */
  date: z.string().nullable(),
  /** "stated" when the text says when; "published" when the article date stands in. */
  dateFrom: z.enum(["stated", "published", "unknown"]),
  /** The words the text uses for when ("Monday", "last week") when no calendar date is known. */
  when: z.string().nullable(),
  value: z.number(),
  valueMax: z.number().nullable(),
  qualifier: Qualifier,
  unit: z.string().nullable(),
  display: z.string(),
  claimIds: z.array(z.string()),
  articleIds: z.array(z.string()),
  origins: z.number().int(),
  conflict: z.boolean(),
});
export type FigureEntry = z.infer<typeof FigureEntry>;

export const FigureFlag = z.enum(["conflict", "disputed", "changed"]);
export type FigureFlag = z.infer<typeof FigureFlag>;

export const FigureGroup = z.object({
  id: z.string(),
  what: z.string(),
  /** conflict: same claimant, same day, different values; disputed: claimants disagree;
   * changed: one claimant's figure moved over time. */
  flags: z.array(FigureFlag),
  /** Sorted by date then claimant: the timeline of who said which figure when. */
  entries: z.array(FigureEntry),
  notes: z.array(z.string()),
});
export type FigureGroup = z.infer<typeof FigureGroup>;

export const Originality = z.enum(["original", "reprint", "version", "rewrite", "spin", "shared-source"]);
export type Originality = z.infer<typeof Originality>;

export const SourceRow = z.object({
  articleId: z.string(),
  /** The input path or URL as given. */
  source: z.string(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  publishedAt: z.string().nullable(),
  originality: Originality,
  /** The article this one was derived from (null for originals). */
  of: z.string().nullable(),
  /** Label of the independent origin ("A", "B", ...); reuse-linked articles share it. */
  origin: z.string(),
  label: z.string(),
});
export type SourceRow = z.infer<typeof SourceRow>;

export const Statement = z.object({
  kind: z.enum(["quote", "figure"]),
  text: z.string(),
  ref: z.string(),
  articleIds: z.array(z.string()),
  origins: z.number().int(),
});
export type Statement = z.infer<typeof Statement>;

export const TimelineEntry = z.object({
  at: z.string().nullable(),
  kind: z.enum(["published", "figure", "event"]),
  text: z.string(),
  articleIds: z.array(z.string()),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

/** A person, organisation or place named in the story, aliases merged across its articles. */
export const StoryEntityRow = z.object({
  name: z.string(),
  kind: EntityKind,
  title: z.string().nullable(),
  aliases: z.array(z.string()),
  articleIds: z.array(z.string()),
  mentions: z.number().int(),
});
export type StoryEntityRow = z.infer<typeof StoryEntityRow>;

export const TollDay = z.object({ date: z.string(), values: z.array(z.number()) });

/** One incident as the story's sources report it: the lowest figures, every figure reported. */
export const StoryEvent = z.object({
  type: z.string(),
  place: z.string().nullable(),
  /** ISO date (YYYY-MM-DD), else the text's words ("Tuesday") when the article has no date; or null. */
  date: z.string().nullable(),
  /** The lowest credible figure the sources give (a one-off outlier, listed in killedSetAside, does not set
   * it); null when none gives one. */
  killed: z.number().nullable(),
  injured: z.number().nullable(),
  /** Every distinct figure the sources give, lowest first. */
  killedReported: z.array(z.number()),
  injuredReported: z.array(z.number()),
  /** Reports of one day differ, or a later day gives less than an earlier one. */
  disputed: z.boolean(),
  eventIds: z.array(z.string()),
  articleIds: z.array(z.string()),
  /** Added in report v1: the lowest figure of the latest day's reports (the toll once it rose). */
  killedLatest: z.number().nullable().default(null),
  injuredLatest: z.number().nullable().default(null),
  /** Figures by the day they were reported, in order. */
  killedByDay: z.array(TollDay).default([]),
  injuredByDay: z.array(TollDay).default([]),
  /** The figures rose from one day's reports to the next: an update, not a dispute. */
  updated: z.boolean().default(false),
  /** Other places the sources name as part of this incident ("Esterra" for "Korvel Dam"). */
  alsoPlaces: z.array(z.string()).default([]),
  /** Added in report v1: figures one report gave, far off what the other reports agree on, set aside. */
  killedSetAside: z.array(z.number()).default([]),
  injuredSetAside: z.array(z.number()).default([]),
});
export type StoryEvent = z.infer<typeof StoryEvent>;

export const Brief = z.object({
  storyId: z.string(),
  headline: z.string(),
  articleCount: z.number().int(),
  originCount: z.number().int(),
  /** Statements with at least two independent origins. */
  established: z.array(Statement),
  /** Figures where claimants disagree or one claimant gives two values for one day. */
  disputed: z.array(Statement),
  /** Statements resting on one origin only. */
  singleSource: z.array(Statement),
  whoSaid: z.array(SpeakerQuotes),
  figures: z.array(FigureGroup),
  sources: z.array(SourceRow),
  timeline: z.array(TimelineEntry),
  /** Added in report v1 without a bump: absent in briefs stored by older versions. */
  people: z.array(StoryEntityRow).default([]),
  organizations: z.array(StoryEntityRow).default([]),
  places: z.array(StoryEntityRow).default([]),
  events: z.array(StoryEvent).default([]),
});
export type Brief = z.infer<typeof Brief>;
