import type { Command } from "commander";
import { loadReport } from "../../analyze/report.ts";
import { analyzePaths } from "../../analyze/run.ts";
import { openStore } from "../../store/index.ts";
import { EXIT, emit, exitCodeFor, printMessages } from "../output.ts";
import { progressReporter } from "../progress.ts";
import { parseFormat, renderReport } from "../render.ts";

export interface CommonOptions {
  db: string;
  quiet?: boolean;
  verbose?: boolean;
  maxBytes?: string;
}

export function registerAnalyze(program: Command): void {
  program
    .command("analyze")
    .description("ingest articles, find reuse, group stories, extract and cross-check; print the report")
    .argument(
      "<paths...>",
      "files or folders: .txt, .html/.htm (also .gz), .jsonl/.ndjson, .rss/.atom, .warc",
    )
    .option("--db <path>", "SQLite file, or :memory:", "newsfuse.db")
    .option("-f, --format <format>", "json (the v1 report), md or html (story briefs)", "json")
    .option("-o, --out <file>", "write the report to a file instead of stdout")
    .option("--max-bytes <n>", "largest input file accepted, in bytes", String(20 * 1024 * 1024))
    .option("-q, --quiet", "no progress bar")
    .option("-v, --verbose", "also print info messages (skipped files)")
    .action(async (paths: string[], o: CommonOptions & { format: string; out?: string }) => {
      const format = parseFormat(o.format, ["json", "md", "html"]);
      const store = openStore(o.db);
      const progress = progressReporter(!o.quiet);
      try {
        const result = await analyzePaths(store, paths, {
          maxBytes: Number(o.maxBytes),
          onProgress: progress.update,
        });
        progress.stop();
        printMessages(result.messages, Boolean(o.verbose));
        if (result.articleIds.length === 0) {
          process.stderr.write("newsfuse: no article could be read from the given paths\n");
          process.exitCode = EXIT.inputErrors;
          return;
        }
        const report = await loadReport(store, { articleIds: result.articleIds, messages: result.messages });
        emit(renderReport(report, format), o.out);
        process.exitCode = exitCodeFor(result.messages);
      } finally {
        progress.stop();
        await store.close();
      }
    });
}
