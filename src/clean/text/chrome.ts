/** Per-line tests for page chrome in plain text, as a named table of patterns. */
import { isBoilerplateText } from "../html/patterns.ts";
import { isSentence, wordCount } from "./lines.ts";

const NOT_LETTER = "(?![\\p{L}\\p{N}])";

/** Whole-line labels left over from a web page (navigation, banners, tags, pickers, prompts). */
export const TEXT_CHROME: Record<string, RegExp> = {
  navigation: new RegExp(
    `^(accessibility links|skip to (main )?content|skip navigation|jump to|back to top|main menu|menu|search|home|sections?|close|open|print|share|more|next|previous|top stories)${NOT_LETTER}[.:]?$`,
    "iu",
  ),
  banner: new RegExp(
    `^(breaking( news)?|live( updates)?|developing( story)?|exclusive|just in|update[ds]?|latest|new|watch|video|listen|photos?|gallery|opinion|analysis)${NOT_LETTER}[:!]?$`,
    "iu",
  ),
  textSize: /^(xs|sm|md|lg|xl|xxl|a-|a\+|a|aa|aaa|text size|font size)$/i,
  copyright: /^(©|\(c\)|copyright ©?\s*\d{4}\b).{0,150}$|^.{0,120}\ball rights reserved\.?$/i,
  widgets:
    /^(listen to (this|the) (article|story)|print (this )?(page|article)|email (this|to a friend)|\d+ min(ute)?s? read|reading time:? .{1,20}|\d+ (shares|views))$/i,
  commentPrompt: new RegExp(
    `^(your comment|add a comment|leave a (comment|reply)|post a comment|comments?|ваш коментар|ваш комментарий|коментар(і|ий)?|комментари[йи]|оставьте комментарий|залиште коментар|ihr kommentar|kommentar( schreiben)?|votre commentaire|laisser un commentaire|tu comentario|deja un comentario|comentários?|il tuo commento|twój komentarz|yorumunuz|التعليق)${NOT_LETTER}\\s*(\\(\\d+\\))?\\s*:?$`,
    "iu",
  ),
};

/** A menu on one line: three or more short items separated by |, •, ·, » or >. */
export function isMenuLine(line: string): boolean {
  const items = line.split(/\s+[|•·»>]\s+/);
  return items.length >= 3 && items.every((i) => i.length <= 25 && wordCount(i) <= 3 && !/[.!?]$/.test(i));
}

/** The table name of the chrome pattern a line matches, or null. */
export function chromeKind(line: string): string | null {
  for (const key in TEXT_CHROME) if (TEXT_CHROME[key].test(line)) return key;
  if (isMenuLine(line)) return "menu";
  if (isSentence(line)) return null;
  const html = isBoilerplateText(line);
  return html && html !== "credits" && html !== "caption" ? html : null;
}

/** A short label ending with a colon and nothing after it: a form prompt at the end of a page. */
export function isTrailingPrompt(line: string): boolean {
  return /:\s*$/.test(line) && wordCount(line) <= 4 && line.length <= 40;
}

/** Runs of two or more tiny all-caps tokens (XS SM MD LG) are pickers, not text. */
export function isPickerToken(line: string): boolean {
  return /^[A-Z]{1,3}[+-]{0,2}$/.test(line);
}
