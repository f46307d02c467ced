/** Per-block tests used to drop titles, date lines and prompts from the article text. */

const MONTH =
  "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?|январ\\S*|феврал\\S*|март\\S*|апрел\\S*|ма[йя]|июн\\S*|июл\\S*|август\\S*|сентябр\\S*|октябр\\S*|ноябр\\S*|декабр\\S*";
const DATE = new RegExp(
  `\\b(${MONTH})\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+(${MONTH})|\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b|\\b\\d{1,2}:\\d{2}\\b|\\b(\\d+|an?|one) (min|minute|hour|day)s? (read|ago)\\b`,
  "i",
);

const DATE_ALL = new RegExp(DATE.source, "gi");
const DATE_WORDS =
  /\b(updated?|published|posted|first|last|modified|on|at|and|by|am|pm|a\.m|p\.m|gmt|utc|est|edt|pst|pdt|cet|ist|bst|ago|read|min|mins|\d{1,4}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;

/** A short line that gives a date, a time or a reading time (with words like "Updated"). */
export function isDateLine(text: string): boolean {
  if (text.length > 100 || !DATE.test(text)) return false;
  return text.split(/\s+/).length <= 14;
}

/** A line made of nothing but a date or time and labels such as "Updated:". */
export function isPureDateLine(text: string): boolean {
  if (text.length > 80 || !DATE.test(text.replace(/\b\d{1,2}:\d{2}\b/g, ""))) return false;
  const rest = text
    .replace(DATE_ALL, " ")
    .replace(DATE_WORDS, " ")
    .replace(/[^\p{L}]+/gu, " ")
    .trim();
  return rest.split(" ").filter((w) => w.length > 1).length <= 1;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** The page title repeated in the body, alone or as part of "<title> | Site". */
export function titleMatcher(titles: (string | null)[]): (text: string) => boolean {
  const ts = titles.filter((t): t is string => !!t).map(norm);
  return (text: string) => {
    const b = norm(text);
    if (b.length < 12) return false;
    return ts.some(
      (t) =>
        t === b ||
        (t.includes(b) && b.length > t.length * 0.6) ||
        (b.startsWith(t) && t.length > b.length * 0.75),
    );
  };
}

/** The attribution line under an embedded post: "— Name (@handle) November 18, 2019". */
export function isEmbedAttribution(text: string): boolean {
  return /^[—–-]\s*.{1,80}\(@\w+\)\s.{0,30}\d{4}$/.test(text);
}

const END_MARKER =
  /^(about the author|written by\b|posted by\b|share (this|the story)|related( articles| stories| posts| tags| topics| coverage)?:?$|tags?:|topics:|you (may|might) also like|more (from|on|about)\b|more( \w+){0,3} (stories|news|reading)$|read next|recommended|comments?\b|\d+ comments?|leave a (reply|comment)|most (popular|viewed|read))/i;

/** A short heading after which only page chrome follows (author box, tags, related links). */
export function isEndMarker(text: string): boolean {
  return text.length <= 60 && END_MARKER.test(text);
}
