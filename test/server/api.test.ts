import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Hono } from "hono";
import { createApp } from "../../src/server/app.ts";
import { startServer } from "../../src/server/index.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { fillFixture, IDS } from "./fixture.ts";

let store: Store;
let app: Hono;

before(async () => {
  store = openStore(":memory:");
  await fillFixture(store);
  app = createApp({ store }).app;
});
after(() => store.close());

async function get(path: string) {
  const res = await app.request(path);
  return { res, body: await res.json() };
}

describe("reads", () => {
  test("every answer carries the security headers", async () => {
    const { res, body } = await get("/api/health");
    assert.equal(res.status, 200);
    assert.equal(body.articles, 5);
    assert.match(res.headers.get("content-security-policy") ?? "", /script-src 'self'/);
    assert.match(res.headers.get("content-security-policy") ?? "", /default-src 'none'/);
    assert.equal(res.headers.get("x-content-type-options"), "nosniff");
  });

  test("stories list: counts, independent sources, badges", async () => {
    const { body } = await get("/api/stories");
    assert.equal(body.total, 2);
    const s = body.stories[0];
    assert.equal(s.id, "story-orrin");
    assert.equal(s.articleCount, 5);
    assert.equal(s.originCount, 3, "reprint and spun copy count with their original");
    assert.equal(s.altered, 1, "the spun quote is altered");
    assert.ok(s.disputed >= 1, "3,000 vs 4,500 commuters");
  });

  test("stories list filters and pages", async () => {
    const ids = async (q: string) =>
      (await get(`/api/stories${q}`)).body.stories.map((s: { id: string }) => s.id);
    assert.deepEqual(await ids("?outlet=tallow%20radio"), ["story-orrin"]);
    assert.deepEqual(await ids("?outlet=Nobody"), []);
    assert.deepEqual(await ids("?from=2026-02-01"), ["story-orrin"]);
    assert.deepEqual(await ids("?to=2026-01-31"), ["story-other"]);
    assert.deepEqual(await ids("?from=2026-04-15&to=2026-04-15"), ["story-orrin"]);
    assert.deepEqual(await ids("?q=fractures"), ["story-orrin"]);
    assert.deepEqual(await ids("?q=harvest"), ["story-other"], "title words match too");
    const page = await get("/api/stories?limit=1&offset=1");
    assert.equal(page.body.total, 2);
    assert.deepEqual(
      page.body.stories.map((s: { id: string }) => s.id),
      ["story-other"],
    );
  });

  test("bad list parameters are 400 with a message", async () => {
    for (const q of [
      "limit=0",
      "limit=abc",
      "limit=101",
      "offset=-1",
      "from=yesterday",
      "to=2026-13-45",
      `q=${"x".repeat(201)}`,
    ]) {
      const { res, body } = await get(`/api/stories?${q}`);
      assert.equal(res.status, 400, q);
      assert.equal(body.error.code, "bad_request");
      assert.ok(body.error.message.length > 5, q);
    }
  });

  test("one story is its brief", async () => {
    const { res, body } = await get("/api/stories/story-orrin");
    assert.equal(res.status, 200);
    assert.equal(body.brief.headline, "Orrin Bridge closed after cracks found");
    assert.equal(body.brief.sources.length, 5);
    const spun = body.brief.sources.find((r: { articleId: string }) => r.articleId === IDS.spun);
    assert.equal(spun.originality, "spin");
    assert.equal(spun.of, IDS.original);
    const voss = body.brief.whoSaid.find((s: { speaker: string }) => s.speaker === "Mara Voss");
    assert.equal(voss.groups[0].origins, 2, "gazette (+reprint) and radio; the spun copy adds nothing");
    assert.equal(body.articles.length, 5);
    const missing = await get("/api/stories/nope");
    assert.equal(missing.res.status, 404);
    assert.equal(missing.body.error.code, "not_found");
  });

  test("one article: text, quotes and claims with their groups, relations", async () => {
    const { body } = await get(`/api/articles/${IDS.spun}`);
    assert.equal(body.article.outlet, "Buzzwire");
    assert.equal(body.storyId, "story-orrin");
    assert.equal(body.quotes.length, 1);
    assert.equal(body.quotes[0].altered, true);
    assert.ok(body.quotes[0].group);
    assert.equal(body.claims[0].value, 3000);
    assert.deepEqual(
      body.relations.map((r: { other: string; kind: string }) => [r.other, r.kind]),
      [[IDS.original, "spin"]],
    );
    assert.equal((await get("/api/articles/nope")).res.status, 404);
  });

  test("compare: relation, aligned passages, word-level substitutions, oriented to the request", async () => {
    const { body } = await get(`/api/compare?a=${IDS.original}&b=${IDS.spun}`);
    assert.equal(body.relation.kind, "spin");
    assert.equal(body.relation.derived, IDS.spun);
    assert.equal(body.aligned, "stored");
    assert.equal(body.passages.length, 3);
    const subs = body.passages.flatMap((p: { changes: { op: string; a: number[]; b: number[] }[] }) =>
      p.changes
        .filter((c) => c.op === "sub")
        .map((c) => `${body.a.text.slice(c.a[0], c.a[1])} -> ${body.b.text.slice(c.b[0], c.b[1])}`),
    );
    assert.ok(subs.includes("risk -> gamble"), subs.join("; "));
    assert.ok(subs.includes("car -> automobile"));
    assert.ok(subs.includes("said -> stated"));
    const back = (await get(`/api/compare?a=${IDS.spun}&b=${IDS.original}`)).body;
    const c = back.passages[1].changes.find((x: { op: string }) => x.op === "sub");
    assert.equal(back.a.text.slice(c.a[0], c.a[1]), "gamble");
  });

  test("compare without a stored relation aligns on the fly; bad pairs are 4xx", async () => {
    const { body } = await get(`/api/compare?a=${IDS.original}&b=${IDS.radio}`);
    assert.equal(body.relation, null);
    for (const [q, status] of [
      [`a=${IDS.original}`, 400],
      [`a=${IDS.original}&b=${IDS.original}`, 400],
      [`a=${IDS.original}&b=nope`, 404],
    ] as const) {
      const r = await get(`/api/compare?${q}`);
      assert.equal(r.res.status, status, q);
    }
  });

  test("full-text search with snippets", async () => {
    const { body } = await get("/api/search?q=fractures");
    assert.deepEqual(
      body.results.map((r: { id: string }) => r.id),
      [IDS.spun],
    );
    const s = body.results[0].snippet;
    assert.equal(s.text.slice(s.marks[0][0], s.marks[0][1]), "fractures");
    assert.deepEqual((await get("/api/search?q=")).body.results, []);
    assert.equal((await get("/api/search?limit=0&q=x")).res.status, 400);
  });

  test("hostile text comes back as JSON strings, never as a page", async () => {
    const { res, body } = await get(`/api/articles/${IDS.hostile}`);
    assert.match(res.headers.get("content-type") ?? "", /^application\/json/);
    assert.match(body.article.title, /<script>/);
  });

  test("unknown API routes are JSON 404s", async () => {
    const { res, body } = await get("/api/nothing/here");
    assert.equal(res.status, 404);
    assert.equal(body.error.code, "not_found");
  });
});

describe("static files", () => {
  const root = mkdtempSync(join(tmpdir(), "nf-web-"));
  mkdirSync(join(root, "assets"));
  writeFileSync(join(root, "index.html"), "<!doctype html><title>ui</title>");
  writeFileSync(join(root, "assets", "app-1.js"), "console.log(1)");
  writeFileSync(join(tmpdir(), "nf-secret.txt"), "secret");
  const web = () => createApp({ store, webRoot: root }).app;
  after(() => rmSync(root, { recursive: true, force: true }));

  test("assets, client routes and no way out of the folder", async () => {
    const app = web();
    const js = await app.request("/assets/app-1.js");
    assert.equal(js.status, 200);
    assert.match(js.headers.get("content-type") ?? "", /javascript/);
    assert.match(js.headers.get("cache-control") ?? "", /immutable/);
    const page = await app.request("/stories/story-orrin");
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<title>ui<\/title>/);
    assert.ok(page.headers.get("content-security-policy"));
    for (const p of [
      "/../nf-secret.txt",
      "/%2e%2e/nf-secret.txt",
      "/assets/..%2f..%2fnf-secret.txt",
      "/..%5cnf-secret.txt",
    ]) {
      const r = await app.request(p);
      assert.equal(r.status, 404, p);
      assert.doesNotMatch(await r.text(), /secret/);
    }
  });
});

describe("writes", () => {
  const post = (a: Hono, path: string, body: BodyInit, headers: Record<string, string> = {}) =>
    a.request(path, { method: "POST", body, headers });

  test("plain text with metadata in the query is stored, and again is not new", async () => {
    const text =
      "Ferry timetables in Brell change on Monday. The harbour office said 14 crossings a day would run.";
    const q =
      "/api/ingest?outlet=Brell%20Weekly&title=Ferry%20timetable%20changes&publishedAt=2026-05-02T08:00:00Z";
    const res = await post(app, q, text, { "content-type": "text/plain" });
    assert.equal(res.status, 201);
    const body = await res.json();
    assert.equal(body.articles.length, 1);
    assert.equal(body.articles[0].outlet, "Brell Weekly");
    assert.equal(body.articles[0].title, "Ferry timetable changes");
    assert.equal(body.articles[0].new, true);
    assert.equal(body.stories.length, 1);
    assert.equal(body.stories[0].state, "new");
    const again = await post(app, q, text, { "content-type": "text/plain" });
    assert.equal(again.status, 200);
    const second = await again.json();
    assert.equal(second.articles[0].new, false);
    assert.equal(second.stories[0].state, "unchanged");
    const listed = (await get(`/api/articles/${body.articles[0].id}`)).body;
    assert.match(listed.article.text, /14 crossings/);
  });

  test("an HTML page is cleaned to its article text", async () => {
    const body = `<!doctype html><html><head><title>Brell harbour dredging starts | Brell Weekly</title>
<meta property="og:site_name" content="Brell Weekly"></head><body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>Brell harbour dredging starts</h1>
<p>Dredging of the Brell harbour channel began on Tuesday, the port authority said, and will last six weeks.</p>
<p>"Larger ferries will be able to dock by the summer," said harbour master Ilse Varga.</p>
<p>The work costs 4 million crowns and is paid by the regional council, officials said on Tuesday.</p></article>
<footer>Copyright Brell Weekly</footer></body></html>`;
    const res = await post(app, "/api/ingest?url=https://brell.example/dredging", body, {
      "content-type": "text/html",
    });
    assert.equal(res.status, 201);
    const out = await res.json();
    const { article } = (await get(`/api/articles/${out.newIds[0]}`)).body;
    assert.match(article.text, /Dredging of the Brell harbour channel began/);
    assert.doesNotMatch(article.text, /Sport/, "navigation is not article text");
    assert.equal(article.url, "https://brell.example/dredging");
  });

  test("JSON list: good items stored, a bad item reported with its line", async () => {
    const items = [
      {
        id: "json-1",
        outlet: "Brell Weekly",
        title: "Lighthouse repainted",
        text: "The Brell lighthouse was repainted red and white this week, the harbour office said.",
      },
      { id: "json-2", outlet: "Brell Weekly" },
    ];
    const res = await post(app, "/api/ingest", JSON.stringify(items), { "content-type": "application/json" });
    assert.equal(res.status, 201);
    const body = await res.json();
    assert.deepEqual(body.newIds, ["json-1"]);
    const bad = body.messages.find((m: { line: number | null }) => m.line === 2);
    assert.ok(bad, JSON.stringify(body.messages));
    assert.match(bad.source, /^upload:/);
    const [stored] = await store.articles({ ids: ["json-1"] });
    assert.match(
      stored.source,
      /^upload:upload\.jsonl/,
      "the store keeps the uploaded name, not a temporary path",
    );
  });

  test("multipart files with a manifest; a traversal file name stays inside the upload", async () => {
    const form = new FormData();
    form.append(
      "files",
      new File(
        ["Snow closed the Vell pass road on Friday; 30 trucks waited at the border, police said."],
        "../../etc/vell.txt",
      ),
    );
    form.append(
      "files",
      new File([JSON.stringify([{ file: "etc_vell.txt", outlet: "Vell Post" }])], "manifest.json"),
    );
    const res = await post(app, "/api/ingest", form);
    const body = await res.json();
    assert.equal(res.status, 201, JSON.stringify(body));
    const [a] = await store.articles({ ids: body.newIds });
    assert.doesNotMatch(a.source, /\.\./);
    assert.match(a.source, /vell\.txt$/);
  });

  test("with Accept: application/x-ndjson the analysis progress streams, then the result", async () => {
    const items = [1, 2, 3].map((i) => ({
      id: `stream-${i}`,
      outlet: "Brell Weekly",
      text: `Market day ${i} in Brell drew traders from the coast, the market office said on Saturday.`,
    }));
    const res = await post(app, "/api/ingest", JSON.stringify(items), {
      "content-type": "application/json",
      accept: "application/x-ndjson",
    });
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /ndjson/);
    const lines = (await res.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    assert.ok(lines.some((l) => l.progress?.phase === "analyze" && l.progress.total === 3));
    const last = lines[lines.length - 1];
    assert.equal(last.status, 201);
    assert.deepEqual(last.result.newIds, ["stream-1", "stream-2", "stream-3"]);
  });

  test("bad uploads are clear 4xx", async () => {
    const cases: [BodyInit, Record<string, string>, number, string][] = [
      ["{not json", { "content-type": "application/json" }, 400, "bad_request"],
      ["[]", { "content-type": "application/json" }, 400, "bad_request"],
      ["[1, 2]", { "content-type": "application/json" }, 400, "bad_request"],
      ["", { "content-type": "text/plain" }, 400, "bad_request"],
      ["%PDF-1.4", { "content-type": "application/pdf" }, 415, "unsupported_media_type"],
      ["\u0000\u0001\u0002binary", { "content-type": "text/plain" }, 422, "nothing_stored"],
    ];
    for (const [body, headers, status, code] of cases) {
      const res = await post(app, "/api/ingest", body, headers);
      assert.equal(res.status, status, `${headers["content-type"]} ${String(body).slice(0, 10)}`);
      assert.equal((await res.json()).error.code, code);
    }
    const wrong = await app.request("/api/ingest");
    assert.equal(wrong.status, 405, "GET is not an ingest");
    assert.equal(wrong.headers.get("allow"), "POST");
    assert.equal((await app.request("/api/stories", { method: "DELETE" })).status, 405);
  });

  test("size limits: whole body and single file", async () => {
    const small = createApp({ store, limits: { body: 2000, file: 500 } }).app;
    const big = await post(small, "/api/ingest", "x ".repeat(2000), { "content-type": "text/plain" });
    assert.equal(big.status, 413);
    const form = new FormData();
    form.append("files", new File(["word ".repeat(150)], "a.txt"));
    const one = await post(small, "/api/ingest", form);
    assert.equal(one.status, 413);
    assert.equal((await one.json()).error.code, "file_too_large");
  });

  test("token: writes need it, reads do not", async () => {
    const guarded = createApp({ store, token: "s3cret-token" }).app;
    const body = "Tide tables for Brell were published on Sunday by the harbour office.";
    const h = { "content-type": "text/plain" };
    assert.equal((await post(guarded, "/api/ingest", body, h)).status, 401);
    assert.equal(
      (await post(guarded, "/api/ingest", body, { ...h, authorization: "Bearer wrong" })).status,
      401,
    );
    const ok = await post(guarded, "/api/ingest", body, { ...h, authorization: "Bearer s3cret-token" });
    assert.equal(ok.status, 201);
    assert.equal((await guarded.request("/api/stories")).status, 200);
  });

  test("cross-site writes and rebound host names are refused", async () => {
    const h = { "content-type": "text/plain" };
    const a = await post(app, "/api/ingest", "text", { ...h, origin: "http://evil.example" });
    assert.equal(a.status, 403);
    const b = await post(app, "/api/ingest", "text", { ...h, "sec-fetch-site": "cross-site" });
    assert.equal(b.status, 403);
    const c = await app.request("http://evil.example/api/health");
    assert.equal(c.status, 421);
    const d = await app.request("http://127.0.0.1:8787/api/health");
    assert.equal(d.status, 200);
  });
});

describe("server start", () => {
  test("a non-loopback host without a token is refused before binding", async () => {
    await assert.rejects(startServer({ store, host: "0.0.0.0", port: 0, webRoot: null }), /token/);
  });

  test("a story page is revalidated by its ETag", async () => {
    const first = await app.request("/api/stories/story-orrin");
    const etag = first.headers.get("etag");
    assert.ok(etag);
    const again = await app.request("/api/stories/story-orrin", { headers: { "if-none-match": etag } });
    assert.equal(again.status, 304);
    const gz = await app.request("/api/stories/story-orrin", { headers: { "accept-encoding": "gzip" } });
    assert.equal(gz.headers.get("content-encoding"), "gzip");
  });
});

test("posted articles show as upload:NAME, not the server's temporary path", async () => {
  const { uploadLabel } = await import("../../src/server/routes/articles.ts");
  assert.equal(uploadLabel("/tmp/newsfuse-upload-Ab12/upload.jsonl:3"), "upload:upload.jsonl:3");
  assert.equal(uploadLabel("feeds/a.txt"), "feeds/a.txt");
});

test("the brief as Markdown (download) and as a self-contained HTML page where nothing can run", async () => {
  const md = await app.request("/api/stories/story-orrin/brief.md");
  assert.equal(md.status, 200);
  assert.match(md.headers.get("content-disposition") ?? "", /attachment; filename="brief-story-orrin\.md"/);
  assert.match(await md.text(), /Orrin Bridge closed after cracks found/);
  const html = await app.request("/api/stories/story-orrin/brief.html");
  assert.equal(html.status, 200);
  assert.match(html.headers.get("content-security-policy") ?? "", /sandbox/);
  const page = await html.text();
  assert.match(page, /Orrin Bridge closed/);
  assert.doesNotMatch(page, /<script>window/, "the hostile article's markup is escaped");
  assert.equal((await app.request("/api/stories/nope/brief.html")).status, 404);
  assert.equal((await app.request("/api/stories/story-orrin/brief.pdf")).status, 404);
});

test("more ingests at once than the queue holds: the extra ones get 503 busy, and the queue recovers", async (t) => {
  const own = openStore(":memory:");
  t.after(() => own.close());
  const busyApp = createApp({ store: own }).app;
  const send = (i: number) =>
    busyApp.request("/api/ingest", {
      method: "POST",
      body: `Tide gauge ${i} at Brell read ${100 + i} centimetres on Sunday, the harbour office said.`,
      headers: { "content-type": "text/plain" },
    });
  const answers = await Promise.all(Array.from({ length: 7 }, (_, i) => send(i)));
  const codes = answers.map((r) => r.status);
  const busy = answers.filter((r) => r.status === 503);
  assert.equal(busy.length, 3, codes.join(", "));
  assert.equal(busy[0].headers.get("retry-after"), "5");
  assert.equal((await busy[0].json()).error.code, "busy");
  assert.equal(codes.filter((c) => c === 201).length, 4, codes.join(", "));
  assert.equal((await send(99)).status, 201, "admitted again once the queue drained");
});
