import type { Command } from "commander";
import { byPublication } from "../../analyze/order.ts";
import type { Article, Relation } from "../../model/index.ts";
import { detectReuse } from "../../reuse/index.ts";
import { emit, exitCodeFor, printMessages } from "../output.ts";
import { parseFormat } from "../render.ts";
import { readAndClean } from "./clean.ts";

function relationsMarkdown(relations: Relation[], articles: Article[]): string {
  const name = new Map(
    articles.map((a) => [a.id, `${a.outlet ?? a.source}${a.title ? `: ${a.title}` : ""}`]),
  );
  if (relations.length === 0) return `No reuse found among ${articles.length} articles.\n`;
  const rows = relations.map((r) => {
    const copy = r.derived ? (name.get(r.derived) ?? r.derived) : "undecided";
    return `| ${r.kind} | ${name.get(r.a)} | ${name.get(r.b)} | ${copy} | ${r.score.toFixed(2)} | ${r.passages.length} |`;
  });
  const head = ["| kind | a | b | copy | score | passages |", "| --- | --- | --- | --- | --- | --- |"];
  return `${[...head, ...rows].join("\n")}\n`;
}

export function registerReuse(program: Command): void {
  program
    .command("reuse")
    .description("find duplicates, versions, rewrites and spun copies among the inputs (nothing stored)")
    .argument("<paths...>", "files or folders")
    .option("-f, --format <format>", "json or md", "json")
    .option("--max-bytes <n>", "largest input file accepted, in bytes", String(20 * 1024 * 1024))
    .option("-v, --verbose", "also print info messages")
    .action(async (paths: string[], o: { format: string; maxBytes: string; verbose?: boolean }) => {
      const format = parseFormat(o.format, ["json", "md"]);
      const { articles, messages } = await readAndClean(paths, Number(o.maxBytes));
      printMessages(messages, Boolean(o.verbose));
      const docs = byPublication(articles.filter((a) => a.isArticle && a.text.trim() !== ""));
      const relations = detectReuse(
        docs.map((a) => ({ id: a.id, text: a.text, outlet: a.outlet, publishedAt: a.publishedAt })),
      );
      const articleList = docs.map((a) => ({ id: a.id, source: a.source, outlet: a.outlet, title: a.title }));
      emit(
        format === "json"
          ? `${JSON.stringify({ version: 1, articles: articleList, relations }, null, 2)}\n`
          : relationsMarkdown(relations, docs),
        undefined,
      );
      process.exitCode = exitCodeFor(messages);
    });
}
