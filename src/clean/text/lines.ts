/** Splits plain text into paragraph units: one per line, or per blank-line block when hard-wrapped. */

const END = /[.!?…:;"”’)\]]$/;

function normalise(line: string): string {
  return line
    .replace(/[\u00a0\u200b\t]+/g, " ")
    .replace(/ {2,}/g, " ")
    .trim();
}

/** True when a blank-line block looks like one paragraph wrapped at a fixed width. */
function isWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  const inner = lines.slice(0, -1);
  const short = inner.filter((l) => l.length >= 30 && l.length <= 100 && !END.test(l)).length;
  return short >= inner.length * 0.6;
}

export function splitUnits(text: string): string[] {
  const units: string[] = [];
  for (const block of text.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
    const lines = block
      .split("\n")
      .map(normalise)
      .filter((l) => l !== "");
    if (isWrapped(lines)) units.push(lines.join(" "));
    else units.push(...lines);
  }
  return units;
}

/** Words of a unit, for sentence tests. */
export function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A unit that reads as prose: several words and a sentence end, or many words. */
export function isSentence(s: string): boolean {
  const n = wordCount(s);
  return n >= 10 || (n >= 6 && (END.test(s) || /[.!?]["”’]?\s+\S/.test(s)));
}
