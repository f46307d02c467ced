import type { Command } from "commander";
import { toArticles } from "../../analyze/articles.ts";
import { ingest } from "../../ingest/index.ts";
import type { Message } from "../../model/index.ts";
import { Context } from "../../pipeline/context.ts";
import { reportArticle } from "../../report/json.ts";
import { emit, exitCodeFor, printMessages } from "../output.ts";
import type { CommonOptions } from "./analyze.ts";

/** Reads and cleans inputs without storing anything: what `clean` and `reuse` start from. */
export async function readAndClean(paths: string[], maxBytes: number) {
  const messages: Message[] = [];
  const items = [];
  for await (const item of ingest(paths, { maxBytes })) {
    if ("message" in item) messages.push(item.message);
    else items.push({ ...item, ctx: new Context(item.raw.source) });
  }
  const articles = toArticles(items);
  for (const i of items) messages.push(...i.ctx.messages);
  return { articles, messages };
}

export function registerClean(program: Command): void {
  program
    .command("clean")
    .description("extract the article text and metadata from each input, without storing anything")
    .argument("<paths...>", "files or folders (.html, .html.gz, .txt, .jsonl, feeds, WARC)")
    .option("-f, --format <format>", "json (one object per line) or text", "json")
    .option("--max-bytes <n>", "largest input file accepted, in bytes", String(20 * 1024 * 1024))
    .option("-v, --verbose", "also print info messages")
    .action(async (paths: string[], o: Omit<CommonOptions, "db"> & { format: string }) => {
      if (o.format !== "json" && o.format !== "text")
        throw new Error(`unknown --format ${o.format}: use json or text`);
      const { articles, messages } = await readAndClean(paths, Number(o.maxBytes));
      printMessages(messages, Boolean(o.verbose));
      const out = articles.map((a) =>
        o.format === "text" ? `==> ${a.source} <==\n${a.text}\n\n` : `${JSON.stringify(reportArticle(a))}\n`,
      );
      emit(out.join(""), undefined);
      process.exitCode = exitCodeFor(messages);
    });
}
