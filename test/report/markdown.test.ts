import assert from "node:assert/strict";
import { test } from "node:test";
import { crosscheck } from "../../src/crosscheck/index.ts";
import { renderBriefMarkdown } from "../../src/report/markdown.ts";
import { demoInput } from "../crosscheck/demo-fixture.ts";
import { hostileInput } from "./hostile.ts";

function render(input = demoInput()): string {
  const r = crosscheck(input);
  return renderBriefMarkdown(r.briefs[0], input.articles);
}

test("the Markdown brief has every section, in order", () => {
  const md = render();
  const heads = md.split("\n").filter((l) => /^#{1,2} /.test(l));
  assert.deepEqual(heads, [
    "# Korvel Dam breach in northern Esterra",
    "## What is established",
    "## What is disputed",
    "## Single-source statements",
    "## Who said what",
    "## Figures",
    "## Events",
    "## Named in the story",
    "## Sources",
    "## Timeline",
  ]);
  assert.match(md, /^7 articles from 3 independent origins\. Articles that copy one another/m);
});

test("the Markdown brief shows conflicts, changes, altered quotes and originality", () => {
  const md = render();
  assert.match(md, /^### confirmed dead \[conflict, changed over time\]$/m);
  assert.match(md, /^### people missing \[changed over time\]$/m);
  assert.match(
    md,
    /^\| 2026-03-09 \| Civil Protection Agency \| \*\*12 \(conflict\)\*\* \| C: Esterra Public Radio \| 1 \|$/m,
  );
  assert.match(md, /altered in A: Quickfeed Daily: .*diff: The water ~~came~~ \*\*got here\*\* down the/);
  assert.match(
    md,
    /\| A \| Quickfeed Daily \| 2026-03-08 13:20 \| .* \| spun copy of Northwind Wire \(2026-03-08\) \|/,
  );
  assert.match(
    md,
    /\| B \| Valley Sentinel \| 2026-03-09 08:30 \| .* \| updated version of Valley Sentinel \(2026-03-08\) \|/,
  );
});

test("article text cannot inject Markdown, HTML or table cells", () => {
  const md = render(hostileInput());
  assert.ok(!/(?<!\\)<(script|iframe|img|svg)/.test(md), "raw HTML tag");
  assert.ok(!/(?<!\\)\]\(http/.test(md), "live link");
  assert.ok(md.includes("\\[x\\](http://evil.example/)"), "link syntax shown escaped");
  assert.match(md, /\\<script\\>alert\(1\)\\<\/script\\> Wire \\\| News/);
  // Every sources-table row keeps its five cells.
  const rows = md.split("\n").filter((l) => /^\| [A-Z] \|/.test(l));
  assert.equal(rows.length, 7);
  for (const r of rows) assert.equal(r.split(/(?<!\\)\|/).length - 2, 5, r);
});
