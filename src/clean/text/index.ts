/** Plain-text chrome removal: per-line patterns, duplicates, pickers and corpus-level recurrence. */
import { chromeKind, isPickerToken, isTrailingPrompt } from "./chrome.ts";
import { lineKey, recurringChrome } from "./corpus.ts";
import { splitUnits } from "./lines.ts";

export interface CleanedText {
  text: string;
  removed: string[];
}

function isChrome(units: string[], i: number, recurring: Set<string>, seen: Set<string>): boolean {
  const u = units[i];
  const key = lineKey(u);
  if (chromeKind(u) || recurring.has(key)) return true;
  if (isPickerToken(u) && (isPickerToken(units[i - 1] ?? "") || isPickerToken(units[i + 1] ?? "")))
    return true;
  if (u.length >= 20 && seen.has(key)) return true;
  return i === units.length - 1 && units.length > 1 && isTrailingPrompt(u);
}

function cleanUnits(units: string[], recurring: Set<string>): CleanedText {
  const kept: string[] = [];
  const removed: string[] = [];
  const seen = new Set<string>();
  units.forEach((u, i) => {
    if (isChrome(units, i, recurring, seen)) removed.push(u);
    else kept.push(u);
    seen.add(lineKey(u));
  });
  return { text: kept.join("\n\n"), removed };
}

/** Cleans a batch; lines recurring across articles of one outlet count as chrome. */
export function cleanTexts(docs: { text: string; outlet?: string | null }[]): CleanedText[] {
  const units = docs.map((d) => splitUnits(d.text));
  const recurring = recurringChrome(
    units,
    docs.map((d) => d.outlet ?? null),
  );
  return units.map((u) => cleanUnits(u, recurring));
}

export function cleanText(text: string): CleanedText {
  return cleanTexts([{ text }])[0];
}
