/** The cheap "is this an article?" check: login walls, video playlists, polls and index pages. */
import type { QueryDoc } from "./meta.ts";

export interface PageSignals {
  ogType: string;
  words: number;
  passwordInputs: number;
  radioInputs: number;
  videos: number;
  headlineLinks: number;
  pageText: string;
  /** og:type article or a publication date: the page presents itself as an article. */
  articleMarkers: boolean;
}

const count = (doc: QueryDoc, sel: string) => doc.querySelectorAll(sel).length;

export function pageSignals(
  doc: QueryDoc,
  text: string,
  pageText: string,
  ogType: string | null,
  headlineLinks: number,
  articleMarkers: boolean,
): PageSignals {
  return {
    articleMarkers,
    ogType: (ogType ?? "").toLowerCase(),
    words: text.split(/\s+/).filter(Boolean).length,
    passwordInputs: count(doc, 'input[type="password"]'),
    radioInputs: count(doc, 'input[type="radio"]'),
    videos: count(doc, "video, [class*='video-player'], [class*='playlist']"),
    headlineLinks,
    pageText,
  };
}

const LOGIN =
  /\b(sign|log) ?in to (continue|read|view|access)|create (a free )?account to|subscribe (now )?to (continue|read)|members only|this content is for subscribers/i;
const POLL = /\b(vote|poll|survey|results)\b/i;

const MIN_WORDS = 60;

/** Enough text that no other signal can make the page a not-article. */
export function isSurelyArticle(text: string): boolean {
  let words = 0;
  for (const _ of text.matchAll(/\S+/g)) if (++words >= MIN_WORDS) return true;
  return false;
}

/** Null for an article, else why the page is not one. Short real articles exist, so this is conservative. */
export function notArticleReason(s: PageSignals): string | null {
  if (s.words >= MIN_WORDS) return null;
  if (s.passwordInputs > 0 && LOGIN.test(s.pageText)) return "login wall";
  if (s.ogType.startsWith("video") || (s.videos >= 3 && !s.articleMarkers)) return "video playlist";
  if (s.radioInputs >= 2 && POLL.test(s.pageText) && !s.articleMarkers) return "poll";
  if (s.headlineLinks >= 15 && s.words < 40 && !s.articleMarkers) return "index page";
  if (s.words === 0) return "no article text";
  return null;
}
