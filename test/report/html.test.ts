import assert from "node:assert/strict";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import { crosscheck } from "../../src/crosscheck/index.ts";
import { renderBriefHtml } from "../../src/report/html.ts";
import { demoInput } from "../crosscheck/demo-fixture.ts";
import { EVIL_QUOTE, hostileInput } from "./hostile.ts";

function render(input = demoInput()): string {
  const r = crosscheck(input);
  return renderBriefHtml(r.briefs, input.articles);
}

test("the HTML page is self-contained: no scripts, no outside references, strict CSP", () => {
  const html = render();
  const { document } = parseHTML(html);
  assert.equal(document.querySelectorAll("script,link,img,iframe,object,embed,video,audio,form").length, 0);
  for (const el of Array.from(document.querySelectorAll("[href],[src],[action]"))) {
    const ref = el.getAttribute("href") ?? el.getAttribute("src") ?? el.getAttribute("action") ?? "";
    assert.ok(ref.startsWith("#"), `outside reference ${ref}`);
  }
  const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content");
  assert.match(csp ?? "", /default-src 'none'/);
  assert.ok(document.querySelector('meta[name="viewport"]'));
  assert.match(html, /@media \(prefers-color-scheme:dark\)/);
  assert.ok(!/url\(/.test(html), "no CSS url()");
});

test("the HTML page carries both briefs, their figures and sources tables", () => {
  const { document } = parseHTML(render());
  assert.deepEqual(
    Array.from(document.querySelectorAll("article.brief h1")).map((h) => h.textContent),
    ["Korvel Dam breach in northern Esterra", "Calvora ferry strike"],
  );
  assert.equal(document.querySelectorAll("nav a").length, 2);
  const sources = document.querySelector("#sources-1 table.sources");
  assert.equal(sources?.querySelectorAll("tbody tr").length, 7);
  const conflictRows = document.querySelectorAll("#figures-1 table.figures tr.conflict");
  assert.deepEqual(
    Array.from(conflictRows).map((r) => r.querySelectorAll("td")[2].textContent),
    ["9conflict", "12conflict"],
  );
  const diff = document.querySelector(".version del");
  assert.ok(diff, "altered quotes carry a word diff");
});

test("every piece of article text is escaped", () => {
  const html = render(hostileInput());
  const { document } = parseHTML(html);
  assert.equal(
    document.querySelectorAll("script,img,iframe,svg,style").length,
    1,
    "only the page's own style",
  );
  assert.ok(
    !Array.from(document.querySelectorAll("b")).some((b) => b.textContent === "breach"),
    "injected <b>",
  );
  assert.equal(document.querySelectorAll("table.sources").length, 2, "injected </table> closed nothing");
  assert.equal(document.querySelector("#sources-1 table.sources")?.querySelectorAll("tbody tr").length, 7);
  assert.ok(document.body.textContent?.includes(EVIL_QUOTE.replace(/\s+/g, " ")));
  assert.match(document.title, /^Korvel|^newsfuse/);
});
