import type { Brief, DiffOp, FigureGroup, QuoteGroup, Statement, StoryEvent } from "../crosscheck/brief.ts";
import { displayQuote } from "../crosscheck/quote-display.ts";
import { injuredText, killedText, placeText } from "../crosscheck/toll-text.ts";
import { entityList, entityText } from "./brief-named.ts";
import {
  articleLabels,
  type BriefArticle,
  citer,
  countsLine,
  FLAG_TEXT,
  originalityText,
  outletText,
  shortTime,
  sourcesText,
} from "./brief-text.ts";

type Cite = (ids: string[]) => string;

/** Escapes text from articles so Markdown shows it as written (no links, emphasis or HTML). */
export function md(text: string): string {
  return text.replace(/\s+/g, " ").replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`);
}

/** One story's brief as Markdown. */
export function renderBriefMarkdown(brief: Brief, articles: BriefArticle[]): string {
  const labels = articleLabels(brief, articles);
  const groups = citer(brief, articles);
  const cite: Cite = (ids) =>
    groups(ids)
      .map((g) => `${g.origin}: ${g.names.map(md).join(", ")}`)
      .join("; ");
  const out: string[] = [`# ${md(brief.headline)}`, ""];
  out.push(countsLine(brief.articleCount, brief.originCount), "");
  section(out, "What is established", brief.established, (s) => statement(s, cite));
  section(out, "What is disputed", brief.disputed, (s) => statement(s, cite));
  section(out, "Single-source statements", brief.singleSource, (s) => statement(s, cite));
  out.push("## Who said what", "");
  if (brief.whoSaid.length === 0) out.push("_No quotes found._", "");
  for (const s of brief.whoSaid) {
    out.push(`### ${md(s.speaker)}${s.title ? `, ${md(s.title)}` : ""}`, "");
    for (const g of s.groups) out.push(...quoteLines(g, cite));
    out.push("");
  }
  out.push("## Figures", "");
  if (brief.figures.length === 0) out.push("_No figures found._", "");
  for (const f of brief.figures) out.push(...figureLines(f, cite));
  out.push(...eventLines(brief.events ?? [], cite), ...namedLines(brief));
  out.push(
    "## Sources",
    "",
    "| Origin | Outlet | Published | Title | Originality |",
    "| --- | --- | --- | --- | --- |",
  );
  for (const s of brief.sources)
    out.push(
      `| ${s.origin} | ${md(outletText(s))} | ${shortTime(s.publishedAt)} | ${md(s.title ?? "")} | ${md(originalityText(s, labels))} |`,
    );
  out.push("", "## Timeline", "");
  for (const t of brief.timeline) out.push(`- ${shortTime(t.at)}: ${md(t.text)}`);
  return `${out.join("\n")}\n`;
}

function section<T>(out: string[], title: string, items: T[], line: (x: T) => string): void {
  out.push(`## ${title}`, "");
  if (items.length === 0) out.push("_None._");
  for (const x of items) out.push(`- ${line(x)}`);
  out.push("");
}

function statement(s: Statement, cite: Cite): string {
  return `${md(s.text)} (${sourcesText(s.origins)}: ${cite(s.articleIds)})`;
}

function quoteLines(g: QuoteGroup, cite: Cite): string[] {
  const best = g.versions[0];
  const mark = g.altered ? " **[altered versions below]**" : "";
  // Reported speech in other words is listed too, unflagged.
  const lines = [
    `- ${md(displayQuote(g.text, g.kind))} (${g.kind}; ${sourcesText(g.origins)}: ${cite(best.articleIds)})${mark}`,
  ];
  for (const v of g.versions.slice(1))
    lines.push(
      `  - ${v.altered ? "altered in" : "in other words in"} ${cite(v.articleIds)}: ${md(displayQuote(v.text, g.kind))}; diff: ${diff(v.diff)}`,
    );
  return lines;
}

export function diff(ops: DiffOp[]): string {
  return ops
    .map((o) => (o.op === "same" ? md(o.text) : o.op === "del" ? `~~${md(o.text)}~~` : `**${md(o.text)}**`))
    .join(" ");
}

function figureLines(f: FigureGroup, cite: Cite): string[] {
  const flags = f.flags.length > 0 ? ` [${f.flags.map((x) => FLAG_TEXT[x]).join(", ")}]` : "";
  const lines = [`### ${md(f.what)}${flags}`, ""];
  lines.push(
    "| Date | Claimant | Figure | Reported by | Independent sources |",
    "| --- | --- | --- | --- | --- |",
  );
  for (const e of f.entries) {
    const fig = e.conflict ? `**${md(e.display)} (conflict)**` : md(e.display);
    const date = e.date
      ? `${e.date}${e.dateFrom === "published" ? " (reported)" : ""}`
      : md(e.when ?? "unknown");
    lines.push(`| ${date} | ${md(e.claimant)} | ${fig} | ${cite(e.articleIds)} | ${e.origins} |`);
  }
  lines.push("");
  for (const n of f.notes) lines.push(`- ${md(n)}`);
  if (f.notes.length > 0) lines.push("");
  return lines;
}

function eventLines(events: StoryEvent[], cite: Cite): string[] {
  const lines = ["## Events", ""];
  if (events.length === 0) return [...lines, "_No attacks or incidents found._", ""];
  lines.push(
    "| Date | Event | Place | Killed | Injured | Reported by |",
    "| --- | --- | --- | --- | --- | --- |",
  );
  for (const e of events) {
    const type = e.disputed ? `${md(e.type)} **(disputed)**` : md(e.type);
    const killed = md(killedText(e));
    const injured = md(injuredText(e));
    lines.push(
      `| ${e.date ?? "unknown"} | ${type} | ${md(placeText(e))} | ${killed} | ${injured} | ${cite(e.articleIds)} |`,
    );
  }
  return [...lines, ""];
}

function namedLines(b: Brief): string[] {
  const lines = ["## Named in the story", ""];
  const people = b.people ?? [];
  if (people.length > 0) lines.push("People:", "", ...people.map((e) => `- ${md(entityText(e))}`), "");
  if (b.organizations?.length) lines.push(`Organisations: ${md(entityList(b.organizations))}`, "");
  if (b.places?.length) lines.push(`Places: ${md(entityList(b.places))}`, "");
  if (lines.length === 2) lines.push("_No names found._", "");
  return lines;
}
