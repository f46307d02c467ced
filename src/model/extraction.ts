import { z } from "zod";
import { Span } from "./span.ts";

export const Speaker = z.object({
  name: z.string().nullable(),
  title: z.string().nullable(),
  /** The words in the text that name or point to the speaker ("she", "Singh", "the Pentagon"). */
  mention: z.string().nullable(),
  span: Span.nullable(),
});
export type Speaker = z.infer<typeof Speaker>;

export const Quote = z.object({
  id: z.string(),
  articleId: z.string(),
  kind: z.enum(["direct", "indirect", "mixed"]),
  text: z.string(),
  span: Span,
  speaker: Speaker,
  cue: z.object({ text: z.string(), span: Span }).nullable(),
  group: z.string().nullable(),
  altered: z.boolean(),
});
export type Quote = z.infer<typeof Quote>;

export const Qualifier = z.enum([
  "exact",
  "about",
  "more than",
  "at least",
  "less than",
  "at most",
  "up to",
  "nearly",
  "between",
]);
export type Qualifier = z.infer<typeof Qualifier>;

export const Claim = z.object({
  id: z.string(),
  articleId: z.string(),
  value: z.number(),
  /** Upper bound for ranges ("between 10 and 12"); null otherwise. */
  valueMax: z.number().nullable().default(null),
  qualifier: Qualifier,
  unit: z.string().nullable(),
  what: z.string().nullable(),
  claimant: z.string().nullable(),
  /** ISO date or the words the text uses for when the figure holds ("Monday", "last week"). */
  when: z.string().nullable().default(null),
  span: Span,
  group: z.string().nullable(),
  /**
   * A vague amount ("dozens", "tens of thousands"): `value` is its lower bound (12, 10,000, as ACLED counts)
   * and `valueMax` its upper one. Kept as a claim, left out of the brief's figure table. Absent: false.
   */
  vague: z.boolean().optional(),
});
export type Claim = z.infer<typeof Claim>;

export const EntityKind = z.enum(["person", "organization", "place"]);
export const Entity = z.object({
  id: z.string(),
  articleId: z.string(),
  kind: EntityKind,
  name: z.string(),
  title: z.string().nullable().default(null),
  aliases: z.array(z.string()).default([]),
  spans: z.array(Span),
});
export type Entity = z.infer<typeof Entity>;

export const Event = z.object({
  id: z.string(),
  articleId: z.string(),
  type: z.string(),
  place: z.string().nullable(),
  date: z.string().nullable(),
  killed: z.number().nullable(),
  injured: z.number().nullable(),
  span: Span,
});
export type Event = z.infer<typeof Event>;

/** Everything the extract stage finds in one article. */
export interface Extraction {
  quotes: Quote[];
  claims: Claim[];
  entities: Entity[];
  events: Event[];
}
