import { z } from "zod";
import { Span } from "./span.ts";

export const RelationKind = z.enum(["duplicate", "version", "rewrite", "spin", "shared-source"]);
export type RelationKind = z.infer<typeof RelationKind>;

/** An aligned passage: the same (or substituted) words in article `a` and article `b`. */
export const Passage = z.object({ a: Span, b: Span });
export type Passage = z.infer<typeof Passage>;

/** A reuse relation between two articles. `derived` names the copy when the evidence allows. */
export const Relation = z.object({
  a: z.string(),
  b: z.string(),
  kind: RelationKind,
  derived: z.string().nullable(),
  score: z.number(),
  passages: z.array(Passage),
});
export type Relation = z.infer<typeof Relation>;
