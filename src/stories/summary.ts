import type { Story } from "../model/index.ts";
import type { NameKind } from "./names.ts";
import type { StoryRecord } from "./record.ts";

const KEY_NAMES = 5;

/** The public view of a story record. */
export function toStory(s: StoryRecord): Story {
  return {
    id: s.id,
    title: s.title ?? "",
    articleIds: [...s.articleIds],
    start: s.start === null ? null : new Date(s.start).toISOString(),
    end: s.end === null ? null : new Date(s.end).toISOString(),
    outlets: [...s.outlets].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map((e) => e[0]),
    people: keyNames(s, "person"),
    places: keyNames(s, "place"),
    organizations: keyNames(s, "organization"),
    mergedFrom: s.mergedFrom.map((m) => ({ id: m.id, articleIds: [...m.articleIds] })),
  };
}

/** The most mentioned names whose most frequent kind is `kind`. */
function keyNames(s: StoryRecord, kind: NameKind): string[] {
  const out: [string, number][] = [];
  for (const [name, t] of s.names) {
    const kinds = Object.entries(t.kinds) as [NameKind, number][];
    if (kinds.length === 0) continue;
    const top = kinds.reduce((a, b) => (b[1] > a[1] ? b : a));
    if (top[0] === kind) out.push([name, t.count]);
  }
  return out
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, KEY_NAMES)
    .map((e) => e[0]);
}
