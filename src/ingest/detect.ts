/** The input formats newsfuse reads, decided by file name (and, for unknown names, by content). */
export type InputKind = "text" | "html" | "jsonl" | "feed" | "warc" | "skip";

const BY_EXTENSION: [RegExp, InputKind][] = [
  [/\.(txt|text)$/i, "text"],
  [/\.(html?|xhtml)$/i, "html"],
  [/\.(jsonl|ndjson)$/i, "jsonl"],
  [/\.(rss|atom|xml)$/i, "feed"],
  [/\.(warc|arc)$/i, "warc"],
  [/\.(md|json|csv|pdf|png|jpe?g|gif|zip|tar|db|sqlite)$/i, "skip"],
];

export function kindOfName(name: string): InputKind | null {
  const bare = name.replace(/\.gz$/i, "");
  for (const [re, kind] of BY_EXTENSION) if (re.test(bare)) return kind;
  return null;
}

/** For files with no telling extension: sniff the first characters. */
export function kindOfContent(head: string): InputKind {
  const t = head.trimStart().slice(0, 512).toLowerCase();
  if (t.startsWith("warc/")) return "warc";
  if (/^<\?xml[^>]*>\s*<(rss|feed|rdf)/.test(t) || /^<(rss|feed)[\s>]/.test(t)) return "feed";
  if (t.startsWith("<!doctype html") || t.startsWith("<html") || /^<(head|body|article|div|p)[\s>]/.test(t))
    return "html";
  if (t.startsWith("{")) return "jsonl";
  return "text";
}
