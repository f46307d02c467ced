/**
 * Story-page API latency. Builds a story of N articles (default 200) from the demo corpus's seven dam articles
 * (reprints under other outlets, trimmed updates, spun copies), runs the real extract and reuse stages over them,
 * stores it in a temporary SQLite file, serves it on 127.0.0.1 and fires GET /api/stories/:id with a bounded
 * local load generator (count and time limits, fixed concurrency; the server runs in a child process so the
 * generator does not share its event loop). Prints the first (uncached) request and p50/p90/p99 of the rest,
 * round trip to the last byte (gzip, as a browser asks; keep-alive) and in-server handling from Server-Timing.
 * Loopback only.
 * Usage: tsx bench/api.ts [--articles 200] [--requests 2000] [--concurrency 8] [--seconds 20] [--max-p99 50]
 *        tsx bench/api.ts --db-out big.db   (only build the story's database, e.g. to look at it with `serve`)
 */

import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { Agent, get as httpGet } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { contentHash } from "../src/analyze/articles.ts";
import { DEMO_DIR } from "../src/cli/commands/demo.ts";
import { extract } from "../src/extract/index.ts";
import type { Article, Story } from "../src/model/index.ts";
import { ReuseIndex } from "../src/reuse/index.ts";
import { startServer } from "../src/server/index.ts";
import { emptyBatch, openStore } from "../src/store/index.ts";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "200" },
    requests: { type: "string", default: "2000" },
    concurrency: { type: "string", default: "8" },
    seconds: { type: "string", default: "20" },
    "max-p99": { type: "string" },
    "serve-db": { type: "string" },
    "db-out": { type: "string" },
  },
});
const N = Number(values.articles);
const REQUESTS = Math.min(Number(values.requests), 100_000);
const CONC = Math.min(Number(values.concurrency), 64);
const SECONDS = Math.min(Number(values.seconds), 120);

let seed = 11;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const SWAPS: [RegExp, string][] = [
  [/\bsaid\b/g, "stated"],
  [/\bmissing\b/g, "unaccounted for"],
  [/\bhomes\b/g, "houses"],
  [/\bvalley\b/g, "vale"],
];

interface Base {
  outlet: string;
  title: string;
  publishedAt: string;
  text: string;
}

function demoBases(): Base[] {
  const manifest = JSON.parse(readFileSync(join(DEMO_DIR, "manifest.json"), "utf8")) as (Base & {
    file: string;
  })[];
  return manifest
    .filter((m) => !m.file.startsWith("08-") && readdirSync(DEMO_DIR).includes(m.file))
    .map((m) => ({ ...m, text: readFileSync(join(DEMO_DIR, m.file), "utf8").trim() }));
}

/** Article i: a demo article as is, trimmed by a paragraph, or spun; under its own outlet and time. */
function variant(bases: Base[], i: number): Article {
  const b = bases[i % bases.length];
  const round = Math.floor(i / bases.length);
  let paras = b.text.split(/\n\s*\n/);
  if (round % 3 === 1 && paras.length > 3)
    paras = paras.filter((_, k) => k !== 1 + Math.floor(rand() * (paras.length - 1)));
  let text = paras.join("\n\n");
  if (round % 3 === 2) for (const [re, to] of SWAPS) if (rand() < 0.7) text = text.replace(re, to);
  if (round > 0) text += `\n\nReporting by desk ${round} for outlet ${i}.`;
  const at = new Date(Date.parse(b.publishedAt) + round * 17 * 60_000).toISOString();
  const a: Article = {
    id: `bench-${i}`,
    source: `bench/${i}.txt`,
    outlet: round === 0 ? b.outlet : `${b.outlet} syndication ${round}`,
    title: b.title,
    author: null,
    publishedAt: at,
    modifiedAt: null,
    url: null,
    language: "en",
    text,
    removed: [],
    contentHash: "",
    isArticle: true,
  };
  a.contentHash = contentHash({ source: a.source, text });
  return a;
}

async function buildStore(
  path: string,
): Promise<{ storyId: string; relations: number; quotes: number; claims: number }> {
  const bases = demoBases();
  const articles = Array.from({ length: N }, (_, i) => variant(bases, i));
  const batch = emptyBatch();
  const reuse = new ReuseIndex({ expectedDocs: N });
  for (const a of articles) {
    batch.extractions.push({
      articleId: a.id,
      extraction: extract({ id: a.id, text: a.text, publishedAt: a.publishedAt }),
    });
    batch.relations.push(
      ...reuse.add({ id: a.id, text: a.text, outlet: a.outlet, publishedAt: a.publishedAt }),
    );
  }
  const story: Story = {
    id: "story-bench",
    title: bases[0].title,
    articleIds: articles.map((a) => a.id),
    start: articles[0].publishedAt,
    end: articles[articles.length - 1].publishedAt,
    outlets: [...new Set(articles.map((a) => a.outlet ?? ""))],
    people: [],
    places: [],
    organizations: [],
    mergedFrom: [],
  };
  batch.articles = articles;
  batch.stories = [story];
  const store = openStore(path);
  await store.commit(batch);
  await store.close();
  const xs = batch.extractions.map((x) => x.extraction);
  return {
    storyId: story.id,
    relations: batch.relations.length,
    quotes: xs.reduce((n, x) => n + x.quotes.length, 0),
    claims: xs.reduce((n, x) => n + x.claims.length, 0),
  };
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** One GET as a browser would send it (gzip accepted), timed to the last byte; the body is not decoded. */
function getRaw(url: string): Promise<{ status: number; timing: string; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = httpGet(url, { agent, headers: { "accept-encoding": "gzip" } }, (res) => {
      let bytes = 0;
      res.on("data", (d: Buffer) => {
        bytes += d.length;
      });
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, timing: String(res.headers["server-timing"] ?? ""), bytes }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
  });
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function serveInWorker(db: string): Promise<void> {
  const store = openStore(db);
  const server = await startServer({ store, host: "127.0.0.1", port: 0, webRoot: null, warm: false });
  process.stdout.write(`${server.url}\n`);
  process.once("SIGTERM", () => server.close().then(() => process.exit(0)));
  // the generator holds our stdin open: when it goes away, so do we
  process.stdin.resume();
  process.stdin.once("end", () => process.exit(0));
}

if (values["serve-db"]) await serveInWorker(values["serve-db"]);
else if (values["db-out"]) console.log(await buildStore(values["db-out"]));
else await main();

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "newsfuse-bench-api-"));
  try {
    const t0 = performance.now();
    const info = await buildStore(join(dir, "bench.db"));
    console.log(
      `story of ${N} articles: ${info.relations} reuse relations, ${info.quotes} quotes, ${info.claims} claims (built in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
    );
    const child = spawn(
      process.execPath,
      ["--import", "tsx", fileURLToPath(import.meta.url), "--serve-db", join(dir, "bench.db")],
      { stdio: ["pipe", "pipe", "inherit"] },
    );
    process.once("exit", () => child.kill("SIGTERM"));
    const base = await new Promise<string>((res, rej) => {
      child.stdout.once("data", (d: Buffer) => res(d.toString().trim()));
      child.once("error", rej);
      child.once("exit", (code) => rej(new Error(`server exited with ${code}`)));
    });
    const url = `${base}/api/stories/${info.storyId}`;
    const c0 = performance.now();
    const first = await fetch(url);
    const size = (await first.text()).length;
    const gz = (await getRaw(url)).bytes;
    const cold = performance.now() - c0;
    if (first.status !== 200) throw new Error(`story page answered ${first.status}`);
    const times: number[] = [];
    const server: number[] = [];
    const deadline = performance.now() + SECONDS * 1000;
    let sent = 0;
    let failed = 0;
    const client = async () => {
      while (sent < REQUESTS && performance.now() < deadline) {
        sent++;
        const s = performance.now();
        const res = await getRaw(url);
        if (res.status !== 200) failed++;
        times.push(performance.now() - s);
        const dur = /dur=([\d.]+)/.exec(res.timing);
        if (dur) server.push(Number(dur[1]));
      }
    };
    const w0 = performance.now();
    await Promise.all(Array.from({ length: CONC }, client));
    const wall = (performance.now() - w0) / 1000;
    times.sort((a, b) => a - b);
    const p99 = pct(times, 99);
    server.sort((a, b) => a - b);
    console.log(
      `first request (cross-check computed): ${cold.toFixed(1)} ms, ${(size / 1024).toFixed(0)} KiB JSON, ${(gz / 1024).toFixed(0)} KiB gzipped`,
    );
    console.log(
      `${times.length} requests, concurrency ${CONC}, ${wall.toFixed(1)} s, ${(times.length / wall).toFixed(0)} req/s, ${failed} failed`,
    );
    console.log(
      `latency ms: p50 ${pct(times, 50).toFixed(2)}  p90 ${pct(times, 90).toFixed(2)}  p99 ${p99.toFixed(2)}  max ${times[times.length - 1].toFixed(2)}`,
    );
    console.log(
      `in-server handling ms (Server-Timing, before the socket write): p50 ${pct(server, 50).toFixed(2)}  p99 ${pct(server, 99).toFixed(2)}`,
    );
    child.kill("SIGTERM");
    const bar = values["max-p99"] ? Number(values["max-p99"]) : null;
    if (bar !== null && (p99 > bar || failed > 0)) {
      console.error(`FAIL: p99 ${p99.toFixed(2)} ms over ${bar} ms (or failures)`);
      process.exitCode = 1;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
