import { basename } from "node:path";
import type { Message, RawArticle } from "../model/index.ts";
import { type InputKind, kindOfContent, kindOfName } from "./detect.ts";
import { parseFeed } from "./feed.ts";
import { parseJsonl } from "./jsonl.ts";
import { type ManifestEntry, Manifests } from "./manifest.ts";
import { DEFAULT_MAX_BYTES, readInput } from "./read.ts";
import { walk } from "./walk.ts";
import { parseWarc } from "./warc.ts";

export { kindOfName } from "./detect.ts";
export { parseJsonl } from "./jsonl.ts";

export interface IngestOptions {
  /** Largest file accepted, in bytes (after gunzip). */
  maxBytes?: number;
  /**
   * How an input is named in the articles and messages it gives (default: its path), e.g. to name files of
   * an upload, read from a temporary folder, by their uploaded names.
   */
  sourceName?: (path: string) => string;
}

/** What ingest yields: an article to clean, or a message about an input that could not be read. */
export type IngestItem = { raw: RawArticle; kind: "text" | "html" } | { message: Message };

function msg(
  source: string,
  message: string,
  line: number | null = null,
  level: Message["level"] = "error",
): IngestItem {
  return { message: { level, source, line, stage: "ingest", message } };
}

/**
 * Reads files and directories into raw articles, streaming. A bad input becomes a message naming the file
 * (and line) and the batch goes on.
 */
export async function* ingest(paths: string[], opts: IngestOptions = {}): AsyncGenerator<IngestItem> {
  const name = opts.sourceName;
  for await (const item of ingestFiles(paths, opts)) {
    if (name && "raw" in item) item.raw.source = name(item.raw.source);
    else if (name && "message" in item) item.message.source = name(item.message.source);
    yield item;
  }
}

async function* ingestFiles(paths: string[], opts: IngestOptions): AsyncGenerator<IngestItem> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const walkErrors: IngestItem[] = [];
  const manifests = new Manifests();
  for await (const file of walk(paths, (p, m) => walkErrors.push(msg(p, m)))) {
    yield* walkErrors.splice(0);
    const named = kindOfName(basename(file.path));
    if (basename(file.path) === "manifest.json") continue;
    if (named === "skip") {
      yield msg(
        file.path,
        "skipped: not an article format (.txt, .html, .jsonl, .rss/.atom, .warc)",
        null,
        "info",
      );
      continue;
    }
    const read = await readInput(file.path, file.size, maxBytes);
    if (!read.ok) {
      yield msg(file.path, read.message);
      continue;
    }
    const kind: InputKind = named ?? kindOfContent(read.text);
    for await (const item of fromContent(file.path, kind, read.text, read.bytes)) {
      const meta = "raw" in item ? manifests.lookup(file.path) : undefined;
      if (meta && "raw" in item) Object.assign(item.raw, withoutFile(meta));
      yield item;
    }
    yield* manifests.problems.splice(0).map((p) => msg(p.source, p.message, null, "warning"));
  }
  yield* walkErrors.splice(0);
}

function withoutFile(e: ManifestEntry): Partial<RawArticle> {
  const { file: _file, ...rest } = e;
  return Object.fromEntries(Object.entries(rest).filter(([, v]) => v != null));
}

async function* fromContent(
  path: string,
  kind: InputKind,
  text: string,
  bytes: Buffer,
): AsyncGenerator<IngestItem> {
  switch (kind) {
    case "text":
      yield { raw: { source: path, text }, kind: "text" };
      return;
    case "html":
      yield { raw: { source: path, html: text }, kind: "html" };
      return;
    case "jsonl":
      for (const r of parseJsonl(text, path)) {
        if (r.ok) yield { raw: r.raw, kind: r.raw.html ? "html" : "text" };
        else yield msg(path, r.message, r.line);
      }
      return;
    case "feed":
      try {
        for (const raw of parseFeed(text, path)) yield { raw, kind: "html" };
      } catch (err) {
        yield msg(path, (err as Error).message);
      }
      return;
    case "warc":
      try {
        for await (const raw of parseWarc(bytes)) yield { raw, kind: "html" };
      } catch (err) {
        yield msg(path, `cannot read WARC: ${(err as Error).message}`);
      }
      return;
    default:
      yield msg(path, "skipped: unknown format", null, "info");
  }
}
