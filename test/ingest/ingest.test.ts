import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { gzipSync } from "node:zlib";
import { type IngestItem, ingest } from "../../src/ingest/index.ts";

const dir = mkdtempSync(join(tmpdir(), "newsfuse-ingest-"));
after(() => rmSync(dir, { recursive: true, force: true }));

async function collect(paths: string[], maxBytes?: number) {
  const items: IngestItem[] = [];
  for await (const i of ingest(paths, { maxBytes })) items.push(i);
  const raws = items.flatMap((i) => ("raw" in i ? [i] : []));
  const messages = items.flatMap((i) => ("message" in i ? [i.message] : []));
  return { raws, messages };
}

const page = `<!doctype html><html><head><title>Bridge reopens</title></head><body><article>
<p>The Calvora bridge reopened on Friday after three weeks of repairs, the city said.</p></article></body></html>`;

test("reads a folder of mixed inputs, one message per bad input, good ones kept", async () => {
  const d = join(dir, "mixed");
  mkdirSync(join(d, "sub"), { recursive: true });
  writeFileSync(join(d, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0xfe]));
  writeFileSync(join(d, "empty.txt"), "");
  writeFileSync(
    join(d, "feed.jsonl"),
    [
      JSON.stringify({ id: "w-1", outlet: "Wire", text: "Ferry crews walked out at dawn." }),
      '{"id": "w-2", "text": "broken',
      JSON.stringify({ id: "w-3", title: "No body" }),
      JSON.stringify({ id: 4, html: "<p>Port director Emil Haskel said talks would resume.</p>" }),
    ].join("\n"),
  );
  writeFileSync(join(d, "sub", "page.html"), page);
  writeFileSync(join(d, "sub", "page2.html.gz"), gzipSync(page.replace("Friday", "Monday")));
  const { raws, messages } = await collect([d]);
  assert.deepEqual(
    raws.map((r) => [r.raw.id ?? r.raw.source.replace(d, ""), r.kind]),
    [
      ["w-1", "text"],
      ["4", "html"],
      ["/sub/page.html", "html"],
      ["/sub/page2.html.gz", "html"],
    ],
  );
  const errors = messages
    .filter((m) => m.level === "error")
    .map((m) => [m.source.replace(d, ""), m.line, m.message]);
  assert.equal(errors.length, 4);
  assert.match(errors[0][2] as string, /binary file/);
  assert.deepEqual(errors[1].slice(0, 2), ["/empty.txt", null]);
  assert.deepEqual(errors[2].slice(0, 2), ["/feed.jsonl", 2]);
  assert.match(errors[2][2] as string, /malformed JSON/);
  assert.deepEqual(errors[3].slice(0, 2), ["/feed.jsonl", 3]);
  assert.match(errors[3][2] as string, /`text` or `html`/);
});

test("refuses a file over the size limit and a path that does not exist", async () => {
  const big = join(dir, "big.html");
  writeFileSync(big, `<html><body><p>${"word ".repeat(20000)}</p></body></html>`);
  const { raws, messages } = await collect([big, join(dir, "nope.txt")], 50_000);
  assert.equal(raws.length, 0);
  assert.match(messages[0].message, /over the 0\.0 MB limit|over the .* limit/);
  assert.match(messages[1].message, /cannot read path: ENOENT/);
});

test("applies manifest.json metadata to the files it names", async () => {
  const d = join(dir, "manifest");
  mkdirSync(d);
  writeFileSync(join(d, "one.txt"), "Dam gives way\n\nThe Korvel dam failed late on Saturday.");
  writeFileSync(
    join(d, "manifest.json"),
    JSON.stringify([{ file: "one.txt", outlet: "Valley Sentinel", publishedAt: "2026-03-08T14:00:00Z" }]),
  );
  const { raws, messages } = await collect([d]);
  assert.deepEqual(messages, []);
  assert.equal(raws[0].raw.outlet, "Valley Sentinel");
  assert.equal(raws[0].raw.publishedAt, "2026-03-08T14:00:00Z");
});

test("reads RSS and Atom feeds item by item", async () => {
  const rss = join(dir, "feed.rss");
  writeFileSync(
    rss,
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Courier</title>
    <item><title>Strike ends</title><link>https://example.test/a</link><pubDate>Mon, 09 Mar 2026 07:45:00 GMT</pubDate>
    <description><![CDATA[<p>The ferry strike ended after two days.</p>]]></description></item>
    <item><title>Tolls rise</title><link>https://example.test/b</link><description>Bridge tolls rise in May.</description></item>
    </channel></rss>`,
  );
  const atom = join(dir, "feed.atom");
  writeFileSync(
    atom,
    `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
    <entry><title>Dam</title><link href="https://example.test/c"/><published>2026-03-08T10:15:00Z</published>
    <content type="html">&lt;p&gt;The dam failed.&lt;/p&gt;</content></entry></feed>`,
  );
  const { raws } = await collect([rss, atom]);
  assert.deepEqual(
    raws.map((r) => [r.raw.outlet, r.raw.title, r.raw.url, r.raw.publishedAt]),
    [
      ["Harbour Courier", "Strike ends", "https://example.test/a", "2026-03-09T07:45:00.000Z"],
      ["Harbour Courier", "Tolls rise", "https://example.test/b", null],
      ["Wire", "Dam", "https://example.test/c", "2026-03-08T10:15:00.000Z"],
    ],
  );
  assert.match(raws[0].raw.html ?? "", /ferry strike ended/);
  assert.match(raws[2].raw.html ?? "", /<p>The dam failed/);
});

test("reads HTML responses from a WARC file", async () => {
  const body = "<html><body><p>Harbour cranes stood idle on Tuesday.</p></body></html>";
  const http = `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
  const record = (type: string, payload: string, uri: string) =>
    `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 2026-03-10T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:${type}-${uri.length}>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${Buffer.byteLength(payload)}\r\n\r\n${payload}\r\n\r\n`;
  const warc = join(dir, "crawl.warc");
  writeFileSync(
    warc,
    record("warcinfo", "software: test", "urn:x") + record("response", http, "https://example.test/cranes"),
  );
  const { raws, messages } = await collect([warc]);
  assert.deepEqual(messages, []);
  assert.equal(raws.length, 1);
  assert.equal(raws[0].raw.url, "https://example.test/cranes");
  assert.match(raws[0].raw.html ?? "", /cranes stood idle/);
});
