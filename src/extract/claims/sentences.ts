/** Sentence spans [start, end) of `text`: breaks after . ! ? before a capital or quote, and at line breaks. */
export function sentenceSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /[.!?]["”’)]?\s+(?=["“‘(]?[\p{Lu}\d])|\n+/gu;
  let start = 0;
  for (const m of text.matchAll(re)) {
    const cut = (m.index ?? 0) + m[0].trimEnd().length;
    if (
      /\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|U\.S|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|No|vs|Inc|Corp|Co)\.$/.test(
        text.slice(Math.max(0, cut - 6), cut),
      )
    )
      continue;
    if (cut > start) out.push([start, cut]);
    start = (m.index ?? 0) + m[0].length;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

/** The sentence containing offset `at`. */
export function sentenceAt(spans: [number, number][], at: number): [number, number] {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid][0] <= at) lo = mid;
    else hi = mid - 1;
  }
  return spans[lo] ?? [0, 0];
}
