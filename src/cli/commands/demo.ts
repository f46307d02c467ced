import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { loadReport } from "../../analyze/report.ts";
import { analyzePaths } from "../../analyze/run.ts";
import { openStore } from "../../store/index.ts";
import { emit, printMessages } from "../output.ts";
import { parseFormat, renderReport } from "../render.ts";

export const DEMO_DIR = fileURLToPath(new URL("../../../samples/demo", import.meta.url));

export function registerDemo(program: Command): void {
  program
    .command("demo")
    .description(
      "analyze the bundled fictional sample corpus (a reprint, an update, a spun copy, conflicting figures)",
    )
    .option("--db <path>", "where to store it", ":memory:")
    .option("-f, --format <format>", "md, html or json", "md")
    .option("-o, --out <file>", "write to a file instead of stdout")
    .action(async (o: { db: string; format: string; out?: string }) => {
      const format = parseFormat(o.format, ["json", "md", "html"]);
      const store = openStore(o.db);
      try {
        const result = await analyzePaths(store, [DEMO_DIR]);
        printMessages(result.messages, false);
        const report = await loadReport(store, { articleIds: result.articleIds });
        emit(renderReport(report, format), o.out);
      } finally {
        await store.close();
      }
    });
}
