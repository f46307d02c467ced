import type { Brief } from "../crosscheck/index.ts";
import { renderBriefHtml } from "../report/html.ts";
import { type Report, stringifyReport } from "../report/json.ts";
import { renderBriefMarkdown } from "../report/markdown.ts";

export type Format = "json" | "md" | "html";

export function parseFormat(value: string, allowed: Format[]): Format {
  if (!(allowed as string[]).includes(value)) {
    throw new Error(`unknown --format ${value}: use one of ${allowed.join(", ")}`);
  }
  return value as Format;
}

/** Renders a report: the JSON contract, or the briefs of its stories as Markdown or one HTML page. */
export function renderReport(report: Report, format: Format): string {
  if (format === "json") return stringifyReport(report);
  const briefs = report.briefs as Brief[];
  const articles = report.articles.map((a) => ({ ...a }));
  if (format === "html") return renderBriefHtml(briefs, articles);
  if (briefs.length === 0) return "No stories found.\n";
  return `${briefs.map((b) => renderBriefMarkdown(b, articles)).join("\n---\n\n")}`;
}
