import type { NameKind } from "./names.ts";
import { addVector, type Member, type StoryRecord, widen } from "./record.ts";

const MAX_NAMES = 200;

/** Counts an article's outlet and names into its story; a lone surname counts for the full name. */
export function tally(s: StoryRecord, m: Member): void {
  if (m.outlet) s.outlets.set(m.outlet, (s.outlets.get(m.outlet) ?? 0) + 1);
  if (m.titled) {
    const by = { time: m.time, seq: m.seq };
    if (!s.titledBy || earlier(by, s.titledBy)) [s.title, s.titledBy] = [m.title, by];
  } else if (s.title === null) s.title = m.title;
  const full = new Map<string, string>();
  for (const n of m.names) {
    const parts = n.name.split(" ");
    if (parts.length > 1 && n.kind !== "organization") full.set(parts[parts.length - 1], n.name);
  }
  for (const n of m.names) {
    const name = full.get(n.name) ?? n.name;
    let t = s.names.get(name);
    if (!t) s.names.set(name, (t = { count: 0, kinds: {} }));
    t.count++;
    if (n.kind) t.kinds[n.kind] = (t.kinds[n.kind] ?? 0) + 1;
  }
  if (s.names.size > MAX_NAMES) trimNames(s, MAX_NAMES / 2);
}

/** Moves everything of `gone` into `keep`, recording which articles came from where. */
export function mergeInto(keep: StoryRecord, gone: StoryRecord): void {
  keep.mergedFrom.push({ id: gone.id, articleIds: [...gone.articleIds] }, ...gone.mergedFrom);
  keep.articleIds.push(...gone.articleIds);
  addVector(keep, gone.centroid);
  widen(keep, gone.start);
  widen(keep, gone.end);
  keep.lastSeq = Math.max(keep.lastSeq, gone.lastSeq);
  if (gone.titledBy && (!keep.titledBy || earlier(gone.titledBy, keep.titledBy)))
    [keep.title, keep.titledBy] = [gone.title, gone.titledBy];
  keep.members = keep.members && gone.members ? [...keep.members, ...gone.members] : null;
  keep.apart.push(...gone.apart);
  for (const [o, c] of gone.outlets) keep.outlets.set(o, (keep.outlets.get(o) ?? 0) + c);
  for (const [name, t] of gone.names) {
    const k = keep.names.get(name) ?? { count: 0, kinds: {} };
    k.count += t.count;
    for (const [kind, c] of Object.entries(t.kinds) as [NameKind, number][])
      k.kinds[kind] = (k.kinds[kind] ?? 0) + c;
    keep.names.set(name, k);
  }
}

type TitleSource = { time: number | null; seq: number };

/** Earlier by publication time (undated counts as latest), then by stream position. */
function earlier(a: TitleSource, b: TitleSource): boolean {
  const ta = a.time ?? Number.POSITIVE_INFINITY;
  const tb = b.time ?? Number.POSITIVE_INFINITY;
  return ta !== tb ? ta < tb : a.seq < b.seq;
}

export function trimNames(s: StoryRecord, keep: number): void {
  const top = [...s.names].sort((a, b) => b[1].count - a[1].count).slice(0, keep);
  s.names = new Map(top);
}

/** First line of a text, cut at a word boundary near 100 characters. */
export function headline(text: string): string {
  const line = text.trim().split("\n")[0]?.trim() ?? "";
  if (line.length <= 100) return line;
  const cut = line.slice(0, 100);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 60 ? cut.lastIndexOf(" ") : 100)}…`;
}
