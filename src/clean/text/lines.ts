/** Splits plain text into paragraph units: one per line, or per blank-line block when hard-wrapped. */

const END = /[.!?…:;"”’)\]]$/;

function normalise(line: string): string {
  return line
    .replace(/[\u00a0\u200b\t]+/g, " ")
    .replace(/ {2,}/g, " ")
    .trim();
}

/** True when a blank-line block looks like one paragraph wrapped at a fixed width (lines run on in lower case). */
function isWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  let runOn = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const next = lines[i + 1];
    if (
      lines[i].length >= 30 &&
      !END.test(lines[i]) &&
      /^\p{Ll}/u.test(next) &&
      !/^(https?:|www\.)/.test(next)
    )
      runOn++;
  }
  return runOn >= (lines.length - 1) * 0.5;
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
