import { resolveTime, timeMentions } from "../claims/when.ts";

/** "ARNHAL, March 8 (Northwind) -": a dateline gives the filing day, not the incident's. */
const DATELINE_AFTER = /^\s*(?:\([^)]{1,40}\)\s*)?[-–—]/;
/** "rose to 75 on Monday": the day a toll moved, never the incident's. */
const TOLL_BEFORE =
  /\b(?:rose|risen|climbed|jumped|reached|stood|increased|updated)\s+(?:[\p{L}\p{N},'’-]+\s+){0,3}$/u;
/** "officials said Tuesday": the day of the statement, the incident's only when nothing else says. */
const TOLD_BEFORE =
  /\b(?:said|says|told|tells|announced|confirmed|reported|added)\s+(?:[\p{L}\p{N},'’-]+\s+){0,3}$/u;
/** "said on Monday that 12 people had died": the past perfect puts the incident before the statement. */
const EARLIER = /\bhad\s+(?:been\s+)?\p{L}+(?:ed|en)\b/u;

/** "this year", "earlier this month": no day an incident can be placed on. */
const VAGUE = /\b(?:year|month)\b/i;
const WEEK = /\b(?:week|weekend)\b/i;

/** The day of the incident in text[from, to): the time nearest its trigger at `at`, if any. */
export function incidentDate(
  text: string,
  from: number,
  to: number,
  at: number,
  publishedAt: string | null,
): string | null {
  const before = (t: { span: [number, number] }) => text.slice(Math.max(from, t.span[0] - 40), t.span[0]);
  const times = timeMentions(text, from, to).filter(
    (t) =>
      !t.text.startsWith("since") &&
      !DATELINE_AFTER.test(text.slice(t.span[1], t.span[1] + 20)) &&
      !TOLL_BEFORE.test(before(t)),
  );
  const own = times.filter((t) => !TOLD_BEFORE.test(before(t)));
  const pool = own.length > 0 || EARLIER.test(text.slice(from, to)) ? own : times;
  // a named day beats a week ("fired last week ... shot three people on Monday")
  const dated = pool.filter((t) => !VAGUE.test(t.text));
  const days = dated.filter((t) => !WEEK.test(t.text));
  const time = (days.length > 0 ? days : dated).sort(
    (a, b) => Math.abs(a.span[0] - at) - Math.abs(b.span[0] - at),
  )[0];
  return time ? resolveTime(time.text, publishedAt) : null;
}
