import { readFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export type ReadResult = { ok: true; text: string; bytes: Buffer } | { ok: false; message: string };

/** Reads a file (gunzipping `.gz`), refusing empty, oversized and binary content with a reason. */
export async function readInput(
  path: string,
  size: number,
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<ReadResult> {
  if (size === 0) return { ok: false, message: "empty file" };
  if (size > maxBytes)
    return { ok: false, message: `file is ${mb(size)}, over the ${mb(maxBytes)} limit (--max-bytes)` };
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    return { ok: false, message: `cannot read file: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
  }
  if (/\.gz$/i.test(path) && !/\.warc\.gz$/i.test(path)) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: maxBytes });
    } catch (err) {
      return {
        ok: false,
        message: `not valid gzip or over the size limit once unpacked: ${(err as Error).message}`,
      };
    }
  }
  if (bytes.length === 0) return { ok: false, message: "empty file" };
  if (/\.warc(\.gz)?$/i.test(path)) return { ok: true, text: "", bytes };
  const why = binaryReason(bytes);
  if (why) return { ok: false, message: why };
  const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  if (text.trim() === "") return { ok: false, message: "file holds only white space" };
  return { ok: true, text, bytes };
}

/** A NUL byte or many invalid UTF-8 sequences in the first 64 KiB mean this is not text. */
export function binaryReason(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, 65536);
  if (head.includes(0)) return "binary file (contains NUL bytes), not text, HTML or JSON";
  const decoded = new TextDecoder("utf-8").decode(head);
  let bad = 0;
  for (let i = 0; i < decoded.length; i++) if (decoded.charCodeAt(i) === 0xfffd) bad++;
  if (bad > 8 && bad / decoded.length > 0.01) return "binary file (not valid UTF-8 text)";
  return null;
}

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
