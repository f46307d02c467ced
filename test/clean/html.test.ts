import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { cleanHtml } from "../../src/clean/index.ts";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

test("cleanHtml keeps every article paragraph, in order, as \\n\\n-separated blocks", () => {
  const out = cleanHtml(fixture("article.html"));
  assert.equal(out.isArticle, true);
  assert.equal(out.reason, null);
  const paras = out.text.split("\n\n");
  assert.equal(paras.length, 6);
  assert.match(paras[0], /^The new flood barrier on the River Merrow held/);
  assert.match(
    paras[1],
    /volunteers from the Tarn Bridge rescue team\.$/,
    "inline links stay in the sentence",
  );
  assert.match(paras[2], /^"We built it/);
  assert.equal(paras[3], "Evacuation lifted");
  assert.match(paras[5], /^The council said repairs/);
});

test("cleanHtml drops navigation, title, byline, captions, ads, prompts, teasers, comments and footer", () => {
  const out = cleanHtml(fixture("article.html"));
  for (const chrome of [
    "Skip to content",
    "Weather",
    "Breaking: roads closed",
    "Flood barrier on the Merrow holds",
    "Ada Quillfeather",
    "14 March 2031",
    "Share on",
    "Photo: Courier staff",
    "Advertisement",
    "Read more",
    "newsletter",
    "Ferry service returns",
    "Boats will run every hour",
    "my street stayed dry",
    "Most read",
    "Hidden promotional text",
    "All rights reserved",
  ]) {
    assert.ok(!out.text.includes(chrome), chrome);
  }
  assert.ok(out.removed.includes("Advertisement"));
});

test("cleanHtml reads metadata from JSON-LD, OpenGraph, link and html tags", () => {
  const { meta } = cleanHtml(fixture("article.html"), { url: "https://courier.example/x?utm=1" });
  assert.deepEqual(meta, {
    title: "Flood barrier on the Merrow holds after record rain",
    author: "Ada Quillfeather",
    publishedAt: "2031-03-14T07:30:00.000Z",
    modifiedAt: "2031-03-14T11:05:00.000Z",
    outlet: "The Valley Courier",
    canonicalUrl: "https://courier.example/news/merrow-barrier",
    language: "en-GB",
  });
});

test("cleanHtml falls back to <title>, the given url and null when a page has no metadata", () => {
  const out = cleanHtml(
    "<html><head><title>Quiet week at the harbour</title></head><body><p>The harbour master reported no arrivals this week, the first quiet week since the spring storms closed the outer channel.</p></body></html>",
    { url: "https://harbour.example/quiet" },
  );
  assert.equal(out.meta.title, "Quiet week at the harbour");
  assert.equal(out.meta.canonicalUrl, "https://harbour.example/quiet");
  assert.equal(out.meta.author, null);
  assert.equal(out.meta.publishedAt, null);
  assert.match(out.text, /^The harbour master reported no arrivals/);
});

test("not-articles are reported with a reason instead of junk text", () => {
  const cases: [string, string][] = [
    ["login.html", "login wall"],
    ["playlist.html", "video playlist"],
    ["poll.html", "poll"],
    ["index.html", "index page"],
  ];
  for (const [file, reason] of cases) {
    const out = cleanHtml(fixture(file));
    assert.equal(out.isArticle, false, file);
    assert.equal(out.reason, reason, file);
    assert.equal(out.text, "", file);
  }
});

test("a short real article is still an article", () => {
  const html =
    "<html><head><meta property='og:type' content='article'></head><body><nav><a href='/'>Home</a></nav><article><p>The Osse ferry will not run on Monday because of high winds, the operator said.</p></article></body></html>";
  const out = cleanHtml(html);
  assert.equal(out.isArticle, true);
  assert.equal(out.text, "The Osse ferry will not run on Monday because of high winds, the operator said.");
});

test("cleanHtml copes with fragments, empty input and absurdly deep nesting", () => {
  const para =
    "The harbour master reported no arrivals this week, the first quiet week since the spring storms.";
  assert.equal(cleanHtml(`<p>${para}</p>`).text, para);
  const empty = cleanHtml("");
  assert.equal(empty.isArticle, false);
  assert.equal(empty.text, "");
  const deep = `${"<div>".repeat(5000)}<p>${para}</p>${"</div>".repeat(5000)}`;
  assert.equal(cleanHtml(deep).text, para);
});

test("metadata falls back to meta tags, strips 'By' and profile URLs, and names the site from the URL", () => {
  const html = `<html><head>
    <meta name="author" content="By Nils Arkwright"><meta name="pubdate" content="2031-05-02T09:00:00Z">
    <meta property="article:author" content="https://social.example/nils">
    </head><body><article><p>The Osse lighthouse will be repainted this summer, the harbour board said on Friday.</p></article></body></html>`;
  const { meta } = cleanHtml(html, { url: "https://www.osse-gazette.example/news/lighthouse" });
  assert.equal(meta.author, "Nils Arkwright");
  assert.equal(meta.publishedAt, "2031-05-02T09:00:00.000Z");
  assert.equal(meta.outlet, "osse-gazette.example");
});
