import { z } from "zod";

/** A half-open range [start, end) of UTF-16 code units into an article's cleaned `text`. */
export const Span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
export type Span = z.infer<typeof Span>;

export function spanText(text: string, span: Span): string {
  return text.slice(span[0], span[1]);
}
