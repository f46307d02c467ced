import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { Report } from "../../src/report/json.ts";
import { cli, haveSeeds, NO_SHARED, SEEDS } from "./helpers.ts";

const dir = mkdtempSync(join(tmpdir(), "newsfuse-cli-"));
after(() => rmSync(dir, { recursive: true, force: true }));

test("analyze prints a valid v1 report of the five seeds, and a second run stores nothing new", {
  skip: !haveSeeds && NO_SHARED,
}, () => {
  const db = join(dir, "seeds.db");
  const first = cli(["analyze", SEEDS, "--db", db, "--format", "json"]);
  assert.equal(first.code, 0, first.stderr);
  assert.equal(first.stderr, "", "no progress bar or messages when piped");
  const report = Report.parse(JSON.parse(first.stdout));
  assert.equal(report.version, 1);
  assert.equal(report.articles.length, 5);
  for (const a of report.articles) {
    assert.ok(a.text.length > 1000, `${a.source} keeps its text`);
    for (const q of report.quotes.filter((x) => x.articleId === a.id)) {
      assert.ok(a.text.slice(q.span[0], q.span[1]).length > 0, "quote spans index the cleaned text");
    }
  }
  const second = cli(["analyze", SEEDS, "--db", db, "--format", "json"]);
  assert.equal(second.code, 0, second.stderr);
  const again = Report.parse(JSON.parse(second.stdout));
  assert.deepEqual(again.articles.map((a) => a.id).sort(), report.articles.map((a) => a.id).sort());
  const stories = cli(["stories", "--db", db, "--format", "json"]);
  const stored = JSON.parse(stories.stdout).stories as { articleIds: string[] }[];
  assert.equal(stored.flatMap((s) => s.articleIds).length, 5, "five articles stored after two runs");
});

test("bad inputs get one message each, good articles are kept, exit code 1", () => {
  const d = join(dir, "bad");
  mkdirSync(d);
  writeFileSync(
    join(d, "photo.txt"),
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]),
  );
  writeFileSync(join(d, "empty.html"), "");
  writeFileSync(
    join(d, "wire.jsonl"),
    [
      JSON.stringify({
        id: "wire-1",
        outlet: "Northline",
        text: "Harbour workers in Calvora voted on Monday to end a two-day strike, the union said. Ferries will run again on Tuesday morning.",
      }),
      "{not json",
      JSON.stringify({
        id: "wire-2",
        outlet: "Northline",
        text: "The regional council approved a new flood barrier for the Lusk valley on Wednesday, after months of debate about its cost.",
      }),
    ].join("\n"),
  );
  writeFileSync(
    join(d, "page.html"),
    `<!doctype html><html lang="en"><head><title>Tram line opens | City Herald</title>
    <meta property="og:site_name" content="City Herald"></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Tram line opens</h1><p>The first trams ran on the new eastern line on Saturday, carrying more than 4,000 passengers on the opening day, the transport authority said.</p>
    <p>"We waited twelve years for this," said Marta Ilic, who lives near the terminus. The line cost 310 million to build.</p></article>
    <footer>Copyright City Herald</footer></body></html>`,
  );
  const db = join(dir, "bad.db");
  const r = cli(["analyze", d, "--db", db, "--format", "json"]);
  assert.equal(r.code, 1, "exit code 1: some inputs rejected");
  const lines = r.stderr.trim().split("\n");
  assert.equal(lines.length, 3, r.stderr);
  assert.match(r.stderr, /photo\.txt: binary file/);
  assert.match(r.stderr, /empty\.html: empty file/);
  assert.match(r.stderr, /wire\.jsonl:2: malformed JSON/);
  const report = Report.parse(JSON.parse(r.stdout));
  assert.deepEqual(
    report.articles
      .map((a) => a.id)
      .sort()
      .slice(1),
    ["wire-1", "wire-2"],
  );
  const page = report.articles.find((a) => a.source.endsWith("page.html"));
  assert.ok(page?.text.includes("first trams ran"));
  assert.ok(!page?.text.includes("Copyright"), "footer chrome removed");
});

test("usage errors exit 2 with a hint", () => {
  const r = cli(["analyze", "x", "--format", "yaml", "--db", ":memory:"]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /unknown --format yaml: use one of json, md, html/);
  assert.equal(cli(["frobnicate"]).code, 2);
});
