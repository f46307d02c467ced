import type { Command } from "commander";
import { refreshExtractions } from "../../analyze/refresh.ts";
import { openStore } from "../../store/index.ts";
import { progressReporter } from "../progress.ts";

/** `newsfuse refresh`: redo the stored articles' extractions with this version's extractors. */
export function registerRefresh(program: Command): void {
  program
    .command("refresh")
    .description(
      "extract quotes, claims, entities and events of every stored article again (after an upgrade)",
    )
    .option("--db <path>", "SQLite file", "newsfuse.db")
    .option("-q, --quiet", "no progress bar")
    .action(async (o: { db: string; quiet?: boolean }) => {
      const store = openStore(o.db);
      const progress = progressReporter(!o.quiet);
      try {
        const n = await refreshExtractions(store, { onProgress: progress.update });
        progress.stop();
        process.stderr.write(`newsfuse: ${n} stored articles extracted again\n`);
      } finally {
        progress.stop();
        await store.close();
      }
    });
}
