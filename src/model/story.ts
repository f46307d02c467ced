import { z } from "zod";

export const Story = z.object({
  id: z.string(),
  title: z.string(),
  articleIds: z.array(z.string()),
  start: z.string().nullable().default(null),
  end: z.string().nullable().default(null),
  outlets: z.array(z.string()).default([]),
  people: z.array(z.string()).default([]),
  places: z.array(z.string()).default([]),
  organizations: z.array(z.string()).default([]),
  /** Ids of stories merged into this one, with the articles each brought. */
  mergedFrom: z.array(z.object({ id: z.string(), articleIds: z.array(z.string()) })).default([]),
});
export type Story = z.infer<typeof Story>;
