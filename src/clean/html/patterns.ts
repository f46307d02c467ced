/** Named tables of patterns that mark page chrome, by class/id and by text. */

/** Class or id words of elements that hold page chrome. */
const JUNK_HINTS: Record<string, RegExp> = {
  navigation: /^(nav|navbar|menu|breadcrumbs?|masthead|skip|pagination|pager|topbar|toolbar)$/,
  social: /(^|[-_])(share|sharing|social|sociallinks|follow|likes?)([-_]|$)/,
  related:
    /(^|[-_])(related|recommended|recirc|more-stories|read-more|trending|popular|most-read|outbrain|taboola)([-_]|$)/,
  comments: /(^|[-_])(comments?|disqus|respond|replies|discussion)([-_]|$)/,
  promo:
    /(^|[-_])(promo|newsletter|subscribe|subscription|signup|sign-up|cta|banner|sponsor(ed)?|advert(isement)?|adunit|dfp)([-_]|$)/,
  ads: /^(ad|ads|ad-slot|gpt)([-_]|$)|[-_](ad|ads)$/,
  aside: /(^|[-_])(sidebar|rail|widget|aside|sidenav)([-_]|$)/,
  meta: /(^|[-_])(byline|author|bio|dateline|timestamp|tags?|keywords|categories|caption|credits?|copyright|disclaimer)([-_]|$)/,
  page: /(^|[-_])(footer|header|modal|popup|overlay|cookie|consent|gdpr|print-only)([-_]|$)/,
  hidden: /^(hidden|sr-only|visually-hidden|screen-reader-text|visuallyhidden|offscreen)$/,
};

/** Words that mark a container as (part of) the article even if a junk word is present. */
const SAFE_HINT = /article|content|body|story|entry|post|main|text|prose|richtext/;

/** The chrome category named by a class/id string, or null. */
export function junkHint(hint: string): string | null {
  for (const token of hint.split(/\s+/)) {
    if (!token || SAFE_HINT.test(token)) continue;
    for (const key in JUNK_HINTS) if (JUNK_HINTS[key].test(token)) return key;
  }
  return null;
}

/** Categories trusted even when the element holds most of the page's prose. */
export const STRONG_JUNK = new Set(["social", "comments"]);

export function isHiddenStyle(style: string): boolean {
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Whole-block texts that are page chrome, in many languages. */
export const BOILERPLATE_TEXT: Record<string, RegExp> = {
  advertisement: /^(advertisement|advertising|sponsored( content)?|ad|anzeige|publicité|реклама)$/i,
  share: /^(share|share this( article| story)?|share on \w+|tweet|email|print|pin it|save)$/i,
  readMore:
    /^(read more|continue reading|more:?|related( articles| stories)?:?|see also:?|recommended)\b.{0,80}$/i,
  subscribe: /^(sign up|subscribe|get (our|the) newsletter|register|log ?in|sign in)\b.{0,140}$/i,
  copyright: /^(©|\(c\)|copyright)\s.{0,200}$/i,
  follow: /^follow (us|@\w+|[\w ]{1,40} on (twitter|facebook|instagram))\b.{0,120}$/i,
  comments:
    /^(\d+\s+)?(comments?|leave a (comment|reply)|join the (conversation|discussion)|ваш коментар|ваш комментарий|ihr kommentar|votre commentaire|tu comentario)\b.{0,60}$/i,
  sizes: /^(xs|sm|md|lg|xl|a-?|a\+|text size)$/i,
};

export function isBoilerplateText(text: string): string | null {
  for (const key in BOILERPLATE_TEXT) if (BOILERPLATE_TEXT[key].test(text)) return key;
  return null;
}
