/** "the 1972 shooting", "in April 2008", "Hurricane Katrina in 2005": a year with no day names a past event. */
const BACKGROUND_YEAR =
  /(?<!\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? )\b(?:19\d\d|20[0-2]\d)\b(?!\s*(?:[-/:]\s*\d|GMT|BST|UTC|hrs|hours|local))/;
/** "years ago", "almost two years after the city was razed", "the last major quake to hit the region". */
const PAST =
  /\b(?:years|decades) ago\b|\b(?:years?|decades?) (?:after|before|earlier)\b|\bthe (?:last|previous) (?:(?:major|big|large|deadly|strong|powerful) )?\w+ to (?:hit|strike|rock)\b|\bprone to\b/i;

/** "In February, a quake hit...", "struck in September": a month with no day names an earlier event. */
const BACKGROUND_MONTH =
  /\b(?:[Ii]n|[Dd]uring)\s+(?:(?:early|late|mid)-?\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s*\d)/;

/** The sentence text[from, to) tells of a past event named for context, not the article's incident. */
export function background(text: string, from: number, to: number): boolean {
  const s = text.slice(from, to);
  return BACKGROUND_YEAR.test(s) || BACKGROUND_MONTH.test(s) || PAST.test(s);
}
