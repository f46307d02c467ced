/** Plain-text chrome removal: per-line patterns, duplicates, pickers and corpus-level recurrence. */
import { chromeKind, isPickerToken, isTrailingPrompt } from "./chrome.ts";
import { lineKey, outletLineKey, recurringChrome } from "./corpus.ts";
import { splitUnits } from "./lines.ts";

export interface CleanedText {
  text: string;
  removed: string[];
}

/** The unit repeats the one just before it (a caption printed twice), ignoring case and spacing. */
function repeatsPrevious(units: string[], i: number): boolean {
  return i > 0 && units[i].length >= 20 && lineKey(units[i]) === lineKey(units[i - 1]);
}

/** `recurring` answers whether a line recurs as chrome in this doc's outlet. */
function isChrome(units: string[], i: number, recurring: (line: string) => boolean): boolean {
  const u = units[i];
  if (chromeKind(u) || recurring(u) || repeatsPrevious(units, i)) return true;
  const picker = (k: number) => isPickerToken(units[k] ?? "");
  if (picker(i) && (picker(i - 1) || picker(i + 1))) return true;
  return i === units.length - 1 && units.length > 1 && isTrailingPrompt(u);
}

function cleanUnits(units: string[], recurring: (line: string) => boolean): CleanedText {
  const kept: string[] = [];
  const removed: string[] = [];
  units.forEach((u, i) => {
    if (isChrome(units, i, recurring)) removed.push(u);
    else kept.push(u);
  });
  return { text: kept.join("\n\n"), removed };
}

/** Cleans a batch; lines recurring across articles of one outlet count as chrome. */
export function cleanTexts(docs: { text: string; outlet?: string | null }[]): CleanedText[] {
  const units = docs.map((d) => splitUnits(d.text));
  const outlets = docs.map((d) => d.outlet ?? null);
  const recurring = recurringChrome(units, outlets);
  return units.map((u, i) => cleanUnits(u, (line) => recurring.has(outletLineKey(outlets[i], line))));
}

export function cleanText(text: string): CleanedText {
  return cleanTexts([{ text }])[0];
}
