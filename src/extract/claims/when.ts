/** Time expressions ("Monday", "last week", "Oct. 28", "since the February 2022 invasion") and their dates. */

const DAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_WORDS = MONTHS.map((m) => new RegExp(`\\b${m}`));
const MONTH_RE =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

const PATTERNS: RegExp[] = [
  new RegExp(`\\b(?:on )?${MONTH_RE} \\d{1,2}(?:st|nd|rd|th)?(?:, \\d{4})?\\b`, "g"),
  new RegExp(`\\b(?:on )?\\d{1,2} ${MONTH_RE}(?: \\d{4})?\\b`, "g"),
  /\b(?:(?:last|this|next|on|earlier on|late|early|earlier this|later on) )?(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?: (?:night|morning|evening|afternoon))?\b/g,
  /\b(?:(?:earlier|later) )?(?:last|this|next) (?:week|month|year|weekend)\b/g,
  /\b(?:yesterday|today|tonight)\b/gi,
  new RegExp(`\\bsince (?:the )?(?:${MONTH_RE} )?\\d{4}(?: [a-z]+)?\\b`, "g"),
  new RegExp(`\\bin ${MONTH_RE}(?: \\d{4})?\\b`, "g"),
];

export interface TimeMention {
  text: string;
  span: [number, number];
}

/** Time expressions in text[from, to), in order. */
export function timeMentions(text: string, from: number, to: number): TimeMention[] {
  const part = text.slice(from, to);
  const out: TimeMention[] = [];
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (const m of part.matchAll(re)) {
      const s = from + (m.index ?? 0);
      const span: [number, number] = [s, s + m[0].length];
      if (out.some((o) => o.span[0] < span[1] && span[0] < o.span[1])) continue;
      out.push({ text: m[0], span });
    }
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

const iso = (d: Date): string => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86400000);

/** Resolves a time expression against the publication date: ISO date, "YYYY-MM", an ISO interval, or the words. */
export function resolveTime(words: string, publishedAt: string | null): string {
  const pub = publishedAt ? new Date(publishedAt) : null;
  if (!pub || Number.isNaN(pub.getTime())) return words.replace(/^(?:on|in) /, "");
  const base = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth(), pub.getUTCDate()));
  const w = words.toLowerCase().replace(/^(?:on|earlier on|later on|late|early|earlier|later) /, "");
  if (w === "today" || w === "tonight") return iso(base);
  if (w === "yesterday") return iso(addDays(base, -1));
  const day = DAYS.findIndex((d) => w.includes(d));
  if (day >= 0) {
    let back = (base.getUTCDay() - day + 7) % 7;
    if (w.startsWith("last ") && back === 0) back = 7;
    if (w.startsWith("next ")) return iso(addDays(base, (day - base.getUTCDay() + 7) % 7 || 7));
    return iso(addDays(base, -back));
  }
  const monday = addDays(base, -((base.getUTCDay() + 6) % 7));
  if (/^(?:this )?week$|this week/.test(w)) return `${iso(monday)}/${iso(addDays(monday, 6))}`;
  if (/last week/.test(w)) return `${iso(addDays(monday, -7))}/${iso(addDays(monday, -1))}`;
  const ym = (y: number, m: number): string => `${y}-${String(m + 1).padStart(2, "0")}`;
  if (/last month/.test(w))
    return base.getUTCMonth() === 0
      ? ym(base.getUTCFullYear() - 1, 11)
      : ym(base.getUTCFullYear(), base.getUTCMonth() - 1);
  if (/this month/.test(w)) return ym(base.getUTCFullYear(), base.getUTCMonth());
  if (/last year/.test(w)) return String(base.getUTCFullYear() - 1);
  if (/this year/.test(w)) return String(base.getUTCFullYear());
  return monthDay(w, base) ?? words;
}

/** "oct. 28", "28 october 2024", "in june" → a date in the year of publication (or the year before). */
function monthDay(w: string, base: Date): string | null {
  const mi = MONTH_WORDS.findIndex((re) => re.test(w));
  if (mi < 0 || w.startsWith("since")) return null;
  const year = Number(
    w.match(/\b(\d{4})\b/)?.[1] ??
      (mi > base.getUTCMonth() ? base.getUTCFullYear() - 1 : base.getUTCFullYear()),
  );
  const d = w.replace(/\b\d{4}\b/, "").match(/\b(\d{1,2})\b/)?.[1];
  const mm = String(mi + 1).padStart(2, "0");
  return d ? `${year}-${mm}-${d.padStart(2, "0")}` : `${year}-${mm}`;
}
