/**
 * ECB+ gold entity mentions, read at run time from the corpus' token-level XML (a .tar.gz or a folder of
 * .xml files) and aligned by tokens onto the detokenised texts of ecbplus_docs.jsonl.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";

/** A gold mention as character offsets [a, b) into the document text, with its ECB+ tag. */
export interface GoldMention {
  a: number;
  b: number;
  tag: string;
  text: string;
  /** A capitalised word inside, not only the sentence's first word: a name rather than "he" or "police". */
  named: boolean;
}

/** The XML files' texts by doc id ("1_10ecbplus"), from a .tar.gz or a folder; null when absent. */
export function readXml(path: string): Map<string, string> | null {
  if (!existsSync(path)) return null;
  const out = new Map<string, string>();
  if (statSync(path).isDirectory()) {
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (f.endsWith(".xml")) out.set(f.replace(/\.xml$/, ""), readFileSync(p, "utf8"));
      }
    };
    walk(resolve(path));
    return out;
  }
  const tar = gunzipSync(readFileSync(path));
  for (let off = 0; off + 512 <= tar.length; ) {
    const name = tar.toString("utf8", off, off + 100).replace(/\0.*$/s, "");
    if (!name) break;
    const size =
      Number.parseInt(
        tar
          .toString("utf8", off + 124, off + 136)
          .replace(/\0.*$/s, "")
          .trim(),
        8,
      ) || 0;
    const base = name.split("/").pop() ?? "";
    if (base.endsWith(".xml") && !base.startsWith("._"))
      out.set(base.replace(/\.xml$/, ""), tar.toString("utf8", off + 512, off + 512 + size));
    off += 512 + Math.ceil(size / 512) * 512;
  }
  return out;
}

const unxml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/^(?:``|'')$/, '"');

interface Token {
  text: string;
  number: number;
  a: number;
  b: number;
}

/** Places each XML token in `text`, left to right; a token not found close ahead gets a = -1. */
function align(xml: string, text: string): { tokens: Map<string, Token>; missed: number } {
  const tokens = new Map<string, Token>();
  let cur = 0;
  let missed = 0;
  // ecbplus files keep the source URL as sentence 0, which the texts leave out
  const url = /sentence="0" number="0">http</.test(xml) && !text.startsWith("http");
  for (const m of xml.matchAll(/<token t_id="(\d+)" sentence="(\d+)" number="(\d+)">([^<]*)<\/token>/g)) {
    if (url && m[2] === "0") continue;
    const t = unxml(m[4]);
    const at = t ? text.indexOf(t, cur) : -1;
    const ok = at >= 0 && at - cur <= 12 + t.length;
    if (ok) cur = at + t.length;
    else missed++;
    tokens.set(m[1], { text: t, number: Number(m[3]), a: ok ? at : -1, b: ok ? at + t.length : -1 });
  }
  return { tokens, missed };
}

const ENTITY_TAG = /^(HUMAN_PART|NON_HUMAN_PART|LOC_|TIME_)/;

/** The entity, location and time mentions of one document, and how many of its tokens did not align. */
export function goldMentions(xml: string, text: string): { mentions: GoldMention[]; missed: number } {
  const { tokens, missed } = align(xml, text);
  const mentions: GoldMention[] = [];
  const body = xml.slice(xml.indexOf("<Markables>"));
  for (const m of body.matchAll(/<([A-Z_]+) m_id="\d+"[^>]*?>([\s\S]*?)<\/\1>/g)) {
    if (!ENTITY_TAG.test(m[1])) continue;
    const ts = [...m[2].matchAll(/t_id="(\d+)"/g)]
      .map((x) => tokens.get(x[1]))
      .filter((t): t is Token => !!t && t.a >= 0);
    if (ts.length === 0) continue;
    const a = Math.min(...ts.map((t) => t.a));
    const b = Math.max(...ts.map((t) => t.b));
    const named = ts.some((t) => /^\p{Lu}/u.test(t.text) && (t.number > 0 || ts.length > 1));
    mentions.push({ a, b, tag: m[1], text: text.slice(a, b), named });
  }
  return { mentions, missed };
}
