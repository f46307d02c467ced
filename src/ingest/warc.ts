import { WARCParser } from "warcio";
import type { RawArticle } from "../model/index.ts";

/** HTML responses from a WARC file (plain or gzip per record), one raw article each. */
export async function* parseWarc(bytes: Uint8Array): AsyncGenerator<RawArticle> {
  const parser = new WARCParser([bytes]);
  for await (const record of parser) {
    if (record.warcType !== "response") continue;
    const type = record.httpHeaders?.headers.get("content-type") ?? "";
    if (!/html/i.test(type)) continue;
    const status = Number(record.httpHeaders?.statusCode ?? 200);
    if (status >= 300) continue;
    const url = record.warcTargetURI ?? null;
    const html = await record.contentText();
    yield { source: url ?? "warc", url, html, publishedAt: null, outlet: null, title: null, author: null };
  }
}
