import type { QuoteGroup, SpeakerQuotes } from "./brief.ts";

/** Quote groups by speaker, best-corroborated speakers first. */
export function speakers(groups: QuoteGroup[]): SpeakerQuotes[] {
  const by = new Map<string, SpeakerQuotes>();
  for (const g of groups) {
    let s = by.get(g.speaker);
    if (!s) by.set(g.speaker, (s = { speaker: g.speaker, title: g.title, groups: [] }));
    if (!s.title && g.title) s.title = g.title;
    s.groups.push(g);
  }
  const weight = (s: SpeakerQuotes) => s.groups.reduce((n, g) => n + g.origins, 0);
  return [...by.values()].sort(
    (a, b) =>
      Number(a.speaker === "Unknown speaker") - Number(b.speaker === "Unknown speaker") ||
      weight(b) - weight(a) ||
      a.speaker.localeCompare(b.speaker),
  );
}
