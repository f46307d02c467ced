import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Context } from "hono";
import { ApiError, badRequest } from "./http.ts";

export interface Limits {
  /** Largest request body, bytes. */
  body: number;
  /** Largest single file, bytes. */
  file: number;
  /** Most files in one request. */
  files: number;
}

export const DEFAULT_LIMITS: Limits = { body: 25 * 1024 * 1024, file: 10 * 1024 * 1024, files: 500 };

export interface Upload {
  dir: string;
  names: string[];
  dispose(): Promise<void>;
}

interface Part {
  name: string;
  data: Uint8Array | string;
}

const META_FIELDS = ["id", "outlet", "title", "author", "publishedAt", "url"] as const;

/**
 * Turns a POSTed body into files in a fresh temporary folder, the way `analyze` reads a folder: multipart file
 * uploads (a `manifest.json` among them is honoured), JSON (one article or a list), JSONL, plain text or HTML.
 */
export async function receive(c: Context, limits: Limits): Promise<Upload> {
  const type = (c.req.header("content-type") ?? "").split(";")[0].trim().toLowerCase();
  const parts = await partsOf(c, type);
  if (parts.length === 0) throw badRequest("no files or article text in the request");
  if (parts.length > limits.files)
    throw new ApiError(413, "too_many_files", `more than ${limits.files} files`);
  for (const p of parts) {
    const size = typeof p.data === "string" ? Buffer.byteLength(p.data) : p.data.byteLength;
    if (size > limits.file)
      throw new ApiError(413, "file_too_large", `${p.name} is over the ${limits.file} byte limit per file`);
  }
  const dir = await mkdtemp(join(tmpdir(), "newsfuse-upload-"));
  const names = uniqueNames(parts.map((p) => p.name));
  await Promise.all(parts.map((p, i) => writeFile(join(dir, names[i]), p.data)));
  return { dir, names, dispose: () => rm(dir, { recursive: true, force: true }) };
}

async function partsOf(c: Context, type: string): Promise<Part[]> {
  switch (type) {
    case "multipart/form-data":
      return multipart(c);
    case "application/json":
      return [{ name: "upload.jsonl", data: jsonToJsonl(await c.req.text()) }];
    case "application/x-ndjson":
    case "application/jsonl":
    case "application/x-jsonlines":
      return [{ name: "upload.jsonl", data: await c.req.text() }];
    case "text/plain":
    case "text/html": {
      const data = new Uint8Array(await c.req.arrayBuffer());
      const name = type === "text/plain" ? "article.txt" : "article.html";
      return data.byteLength ? [{ name, data }, ...manifestFromQuery(c, name)] : [];
    }
    default:
      throw new ApiError(
        415,
        "unsupported_media_type",
        `content-type ${type || "(none)"} not accepted: use multipart/form-data, application/json, application/x-ndjson, text/plain or text/html`,
      );
  }
}

async function multipart(c: Context): Promise<Part[]> {
  let form: Record<string, unknown>;
  try {
    form = await c.req.parseBody({ all: true });
  } catch {
    throw badRequest("malformed multipart body");
  }
  const files = Object.values(form)
    .flat()
    .filter((v): v is File => typeof v === "object" && v !== null && "arrayBuffer" in v);
  return Promise.all(files.map(async (f) => ({ name: f.name, data: new Uint8Array(await f.arrayBuffer()) })));
}

function jsonToJsonl(body: string): string {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (err) {
    throw badRequest(`malformed JSON: ${(err as Error).message}`);
  }
  const list = Array.isArray(value) ? value : ((value as { articles?: unknown })?.articles ?? [value]);
  if (!Array.isArray(list) || list.length === 0)
    throw badRequest("expected an article or a list of articles");
  if (!list.every((x) => typeof x === "object" && x !== null && !Array.isArray(x)))
    throw badRequest("every article must be an object with `text` or `html`");
  return `${list.map((x) => JSON.stringify(x)).join("\n")}\n`;
}

function manifestFromQuery(c: Context, file: string): Part[] {
  const entry: Record<string, string> = { file };
  for (const k of META_FIELDS) {
    const v = c.req.query(k);
    if (v) entry[k] = v.slice(0, 500);
  }
  return Object.keys(entry).length > 1 ? [{ name: "manifest.json", data: JSON.stringify([entry]) }] : [];
}

/** Safe, distinct file names: the base name only, plain characters, no leading dot. */
export function uniqueNames(raw: string[]): string[] {
  const seen = new Set<string>();
  return raw.map((r, i) => {
    const base = (r.split(/[\\/]/).pop() ?? "")
      .replace(/[^\w.-]+/g, "_")
      .replace(/^[.]+/, "")
      .slice(-120);
    let name = base || `file-${i + 1}.txt`;
    for (let k = 2; seen.has(name); k++) name = `${k}-${base || "file.txt"}`;
    seen.add(name);
    return name;
  });
}
