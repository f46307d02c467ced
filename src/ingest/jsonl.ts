import { z } from "zod";
import { RawArticle } from "../model/index.ts";

/** One line of a JSONL input. Unknown fields are ignored; `text` or `html` is required. */
export const JsonlLine = RawArticle.omit({ source: true, id: true })
  .extend({ id: z.union([z.string().min(1), z.number()]).optional() })
  .refine((o) => (o.text ?? "").trim() !== "" || (o.html ?? "").trim() !== "", {
    message: "needs a non-empty `text` or `html` field",
  });

export type LineResult = { ok: true; raw: RawArticle } | { ok: false; line: number; message: string };

/** Parses JSONL content; every bad line becomes a message with its line number, the rest go on. */
export function* parseJsonl(content: string, source: string): Generator<LineResult> {
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      yield { ok: false, line: i + 1, message: `malformed JSON: ${(err as Error).message}` };
      continue;
    }
    const parsed = JsonlLine.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue.path.length ? `field \`${issue.path.join(".")}\`: ` : "";
      yield { ok: false, line: i + 1, message: `${where}${issue.message}` };
      continue;
    }
    const o = parsed.data;
    yield {
      ok: true,
      raw: {
        id: o.id === undefined ? undefined : String(o.id),
        source: o.url ?? `${source}:${i + 1}`,
        url: o.url ?? null,
        outlet: o.outlet ?? null,
        title: o.title ?? null,
        author: o.author ?? null,
        publishedAt: o.publishedAt ?? null,
        text: o.text,
        html: o.html,
      },
    };
  }
}
