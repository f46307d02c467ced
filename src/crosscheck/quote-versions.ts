import type { Quote } from "../model/index.ts";
import type { QuoteVersion } from "./brief.ts";
import type { QuoteScope } from "./quotes.ts";
import { wordDiff } from "./words.ts";

interface FormLike {
  words: string[];
  quotes: Quote[];
}

interface Ranked {
  wording: string;
  quotes: Quote[];
  articleIds: string[];
  /** Independent origins among articles that are not spun copies. */
  trusted: number;
  first: string;
  direct: boolean;
}

/**
 * The wordings of one quote group, best-attested first: direct quotes before reported speech,
 * then most independent origins among non-spun articles, then most articles, then earliest.
 * Another wording is `altered` when it is a direct quote (the speaker's words were changed) or
 * comes from a spun copy; reported speech in the reporter's own words is not.
 */
export function quoteVersions(forms: FormLike[], scope: QuoteScope): QuoteVersion[] {
  const byWording = new Map<string, Quote[]>();
  for (const f of forms) {
    const k = f.words.join(" ");
    byWording.set(k, [...(byWording.get(k) ?? []), ...f.quotes]);
  }
  const ranked: Ranked[] = [...byWording].map(([wording, quotes]) => rank(wording, quotes, scope));
  ranked.sort(
    (a, b) =>
      Number(b.direct) - Number(a.direct) ||
      b.trusted - a.trusted ||
      b.articleIds.length - a.articleIds.length ||
      a.first.localeCompare(b.first) ||
      b.wording.length - a.wording.length,
  );
  const best = ranked[0];
  const bestText = shownText(best, scope);
  return ranked.map((r, i) => ({
    text: i === 0 ? bestText : shownText(r, scope),
    quoteIds: r.quotes.map((q) => q.id),
    articleIds: r.articleIds,
    origins: r.trusted,
    altered: i !== 0 && (r.direct || r.articleIds.every((id) => scope.spun.has(id))),
    diff: i === 0 ? [] : wordDiff(bestText, shownText(r, scope)),
  }));
}

function rank(wording: string, quotes: Quote[], scope: QuoteScope): Ranked {
  const articleIds = [...new Set(quotes.map((q) => q.articleId))];
  const trusted = scope.origins.count(articleIds.filter((id) => !scope.spun.has(id)));
  const first = articleIds.map((id) => scope.dates.get(id) ?? "\uffff").sort()[0];
  return { wording, quotes, articleIds, trusted, first, direct: quotes.some((q) => q.kind === "direct") };
}

/** The text as the earliest article carrying this wording prints it. */
function shownText(r: Ranked, scope: QuoteScope): string {
  let best = r.quotes[0];
  for (const q of r.quotes)
    if ((scope.dates.get(q.articleId) ?? "\uffff") < (scope.dates.get(best.articleId) ?? "\uffff")) best = q;
  return bareQuote(best.text);
}

const MARKS = "\"'\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb";
const LEAD = new RegExp(`^[\\s${MARKS}]+`);
const TRAIL = new RegExp(`[\\s,;:${MARKS}]+$`);

/** A quote as shown: without its outer quotation marks and trailing comma. */
export function bareQuote(text: string): string {
  return text.replace(LEAD, "").replace(TRAIL, "");
}
