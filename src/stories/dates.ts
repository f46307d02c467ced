const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_YEAR =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d\d)\b/gi;
const DAY_MONTH_YEAR =
  /\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)\d\d)\b/gi;
const NUMERIC = /\b(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d\d)\b/g;
const ISO = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/g;

/** Month-level dates written in the text ("May 2, 2013", "05/02/2013", "2013-05-02") as "yyyy-mm". */
export function monthsMentioned(text: string): string[] {
  const out = new Set<string>();
  const add = (y: string, m: number) => {
    if (m >= 1 && m <= 12) out.add(`${y}-${String(m).padStart(2, "0")}`);
  };
  for (const m of text.matchAll(MONTH_YEAR)) add(m[3], MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1);
  for (const m of text.matchAll(DAY_MONTH_YEAR))
    add(m[3], MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1);
  for (const m of text.matchAll(NUMERIC)) add(m[3], Number(m[1]) <= 12 ? Number(m[1]) : Number(m[2]));
  for (const m of text.matchAll(ISO)) add(m[1], Number(m[2]));
  return [...out];
}

/** Milliseconds since the epoch for an ISO-like date string, or null. */
export function toTime(s: string | null | undefined): number | null {
  if (!s) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : t;
}
