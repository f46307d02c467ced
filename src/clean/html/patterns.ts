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
const SAFE_HINT = /article|content|body|story|entry|post|main|text|prose|richtext|embed|tweet/;

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

/**
 * Whole-block texts that are page chrome, in several languages. Each pattern applies to
 * blocks up to `max` characters long, so an article sentence that happens to start alike survives.
 */
export const BOILERPLATE_TEXT: Record<string, { re: RegExp; max: number }> = {
  advertisement: {
    re: /^(advertisement|advert|advertising|sponsored( content)?|ad|anzeige|publicité|реклама)$/i,
    max: 30,
  },
  share: {
    re: /^(share|share this( article| story)?|share on \w+|tweet|email|print|pin it|save|sharing is caring!?|like this story\?.*|print this article.*)$/i,
    max: 80,
  },
  readMore: {
    re: /^(read more|continue reading|related( articles| stories| news| posts)?|see also|also read|more|more( \w+){0,3} (news|stories|reading)|don'?t miss|most (read|popular)|trending( now)?|recommended( for you)?|you (may|might) also (like|enjoy))\s*([:.…]+.*|[!?]*)$/i,
    max: 120,
  },
  subscribe: {
    re: /^(sign up|subscribe|register|log ?in|sign in|get (our|the) newsletter|join our)\b.{0,100}$|newsletter|to your inbox|delivered (weekday|every|through your)|let our news meet|(contains?|includes?) affiliate|affiliate links/i,
    max: 220,
  },
  copyright: { re: /^(©|\(c\)|copyright)\s.{0,200}$/i, max: 200 },
  follow: { re: /^follow (us|@\w+|[\w ]{1,40} on)\b/i, max: 160 },
  comments: {
    re: /^(\d+\s+)?(comments?|post (a )?comment|leave a (comment|reply)|tell us what you think|join the (conversation|discussion)|ваш коментар|ваш комментарий|ihr kommentar|votre commentaire|tu comentario)\b/i,
    max: 100,
  },
  credits: {
    re: /^\(?((additional )?(reporting|writing|editing) by|.{0,220}contributed (reporting|to this report))|^have a tip\?/i,
    max: 300,
  },
  caption: {
    re: /\((image|photo|picture|credit|source)s?:[^)]*\)$|^(image|photo|caption|close|\d+ of \d+|image \d+ of \d+)$|(getty images|shutterstock|afp|reuters|ap photo)\)?$/i,
    max: 220,
  },
  shortcode: { re: /^\[\w+[^\]]*\].*\[\/\w+\]$/, max: 300 },
  widgets: {
    re: /^((related )?tags?:?|topics:?|this slideshow requires javascript\.?|loading\.*|please wait!?|xs|sm|md|lg|xl|a-|a\+|text size)$/i,
    max: 40,
  },
};

export function isBoilerplateText(text: string): string | null {
  for (const key in BOILERPLATE_TEXT) {
    const { re, max } = BOILERPLATE_TEXT[key];
    if (text.length <= max && re.test(text)) return key;
  }
  return null;
}
