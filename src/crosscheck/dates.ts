const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const DAY_MS = 86_400_000;

export interface When {
  date: string | null;
  from: "stated" | "published" | "unknown";
  /** The text's own words, kept when they cannot be turned into a date. */
  label: string | null;
}

/**
 * The calendar day a figure holds for. An ISO date is taken as is; weekday names and "today",
 * "yesterday", "last night" count back from the article's date; otherwise the article's date
 * stands in (it is when the figure was reported).
 */
export function resolveWhen(when: string | null, publishedAt: string | null): When {
  const pub = publishedAt ? isoDay(publishedAt) : null;
  const stated = when ? fromWords(when.toLowerCase(), pub) : null;
  if (stated) return { date: stated, from: "stated", label: null };
  if (when?.trim() && !pub) return { date: null, from: "stated", label: when.trim() };
  return pub ? { date: pub, from: "published", label: null } : { date: null, from: "unknown", label: null };
}

/** The day an entry holds for, as a key: an ISO date, the text's words, or null when unknown. */
export function dayKey(e: { date: string | null; when: string | null }): string | null {
  return e.date ?? (e.when ? e.when.toLowerCase() : null);
}

const ORDINAL: [RegExp, number][] = [
  [/\b(last|previous|final) (week|month)\b|\bearlier\b/, 0],
  [/\byesterday\b/, 1],
  ...WEEKDAYS.map((d, i): [RegExp, number] => [new RegExp(`\\b${d}\\b`), 2 + ((i + 6) % 7)]),
  [/\b(today|tonight)\b/, 9],
];

/** Sort key for when an entry holds: dated first by date, then the text's words in week order. */
export function whenOrder(e: { date: string | null; when: string | null }): string {
  if (e.date) return `0${e.date}`;
  if (!e.when) return "3";
  const w = e.when.toLowerCase();
  const hit = ORDINAL.find(([re]) => re.test(w));
  return hit ? `1${hit[1]}` : `2${w}`;
}

function fromWords(w: string, pub: string | null): string | null {
  const iso = w.match(/\b(\d{4}-\d{2}-\d{2})\b/);
  if (iso && validDay(iso[1])) return iso[1];
  if (!pub) return null;
  const base = Date.parse(`${pub}T00:00:00Z`);
  if (/\b(today|tonight|this (morning|afternoon|evening))\b/.test(w)) return pub;
  if (/\b(yesterday|last night)\b/.test(w)) return day(base - DAY_MS);
  const wd = WEEKDAYS.findIndex((d) => w.includes(d));
  if (wd >= 0) {
    const back = (new Date(base).getUTCDay() - wd + 7) % 7;
    return day(base - back * DAY_MS);
  }
  if (/\blast week\b/.test(w)) return day(base - 7 * DAY_MS);
  return null;
}

function isoDay(s: string): string | null {
  const m = s.match(/^(\d{4}-\d{2}-\d{2})/);
  if (m) return validDay(m[1]) ? m[1] : null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : day(t);
}

/** "2026-02-31" is no day, though Date.parse rolls it over to March. */
function validDay(iso: string): boolean {
  const t = Date.parse(`${iso}T00:00:00Z`);
  return !Number.isNaN(t) && day(t) === iso;
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
