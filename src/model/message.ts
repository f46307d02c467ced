import { z } from "zod";

/** A problem or note about one input, never fatal to the batch. */
export const Message = z.object({
  level: z.enum(["info", "warning", "error"]),
  source: z.string(),
  line: z.number().int().nullable().default(null),
  stage: z.string(),
  message: z.string(),
});
export type Message = z.infer<typeof Message>;
