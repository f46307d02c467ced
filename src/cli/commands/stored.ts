import type { Command } from "commander";
import { loadReport } from "../../analyze/report.ts";
import type { Story } from "../../model/index.ts";
import { openStore } from "../../store/index.ts";
import { emit, fail } from "../output.ts";
import { parseFormat, renderReport } from "../render.ts";

function storiesMarkdown(stories: Story[]): string {
  if (stories.length === 0) return "No stories stored yet: run `newsfuse analyze <paths>` first.\n";
  const rows = stories.map((s) => {
    const range = [s.start?.slice(0, 10), s.end?.slice(0, 10)].filter(Boolean).join(" to ") || "undated";
    return `| ${s.id} | ${s.title.replace(/\|/g, "\\|")} | ${s.articleIds.length} | ${range} | ${s.outlets.join(", ")} |`;
  });
  return ["| id | title | articles | dates | outlets |", "| --- | --- | --- | --- | --- |", ...rows, ""].join(
    "\n",
  );
}

/** Commands that read what `analyze` stored: `stories` and `brief`. */
export function registerStored(program: Command): void {
  program
    .command("stories")
    .description("list stored stories with article counts, date range and outlets")
    .option("--db <path>", "SQLite file", "newsfuse.db")
    .option("-f, --format <format>", "md or json", "md")
    .action(async (o: { db: string; format: string }) => {
      const format = parseFormat(o.format, ["json", "md"]);
      const store = openStore(o.db);
      try {
        const stories = (await store.stories()).sort((a, b) => b.articleIds.length - a.articleIds.length);
        emit(
          format === "json"
            ? `${JSON.stringify({ version: 1, stories }, null, 2)}\n`
            : storiesMarkdown(stories),
          undefined,
        );
      } finally {
        await store.close();
      }
    });

  program
    .command("brief")
    .description(
      "the brief of one stored story (or of every story): established, disputed, quotes, figures, sources",
    )
    .argument("[story]", "story id (see `newsfuse stories`); all stories when omitted")
    .option("--db <path>", "SQLite file", "newsfuse.db")
    .option("-f, --format <format>", "md, html or json", "md")
    .option("-o, --out <file>", "write to a file instead of stdout")
    .action(async (story: string | undefined, o: { db: string; format: string; out?: string }) => {
      const format = parseFormat(o.format, ["json", "md", "html"]);
      const store = openStore(o.db);
      try {
        const stories = await store.stories();
        if (story && !stories.some((s) => s.id === story))
          fail(`no story ${story} in ${o.db}: see \`newsfuse stories\``);
        const report = await loadReport(store, { storyIds: story ? [story] : stories.map((s) => s.id) });
        emit(renderReport(report, format), o.out);
      } finally {
        await store.close();
      }
    });
}
