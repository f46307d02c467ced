import assert from "node:assert/strict";
import { test } from "node:test";
import * as crosscheckStage from "../../src/crosscheck/index.ts";
import * as html from "../../src/report/html.ts";
import * as markdown from "../../src/report/markdown.ts";

test("public exports are pinned", () => {
  assert.deepEqual(Object.keys(crosscheckStage).sort(), ["Brief", "crosscheck"]);
  assert.deepEqual(Object.keys(markdown).sort(), ["diff", "md", "renderBriefMarkdown"]);
  assert.deepEqual(Object.keys(html).sort(), ["esc", "renderBriefHtml"]);
});
