/** A token of the text with its UTF-16 offsets; `gap` is true when whitespace precedes it. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  gap: boolean;
  kind: "num" | "word" | "punct";
}

const TOKEN_RE = /\d+(?:,\d{3})*(?:\.\d+)?|\.\d+|[\p{L}]+(?:['’][\p{L}]+)?|\S/gu;

/** Splits text into numbers, words (hyphenated parts apart) and single punctuation marks. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index ?? 0;
    const t = m[0];
    const c = t.charCodeAt(0);
    const isDigit = (c >= 48 && c <= 57) || (c === 46 && t.length > 1);
    const kind = isDigit ? "num" : /^\p{L}/u.test(t) ? "word" : "punct";
    out.push({
      text: t,
      lower: t.toLowerCase(),
      start,
      end: start + t.length,
      gap: start === 0 || start > last,
      kind,
    });
    last = start + t.length;
  }
  return out;
}

/** Numeric value of a digit token ("1,307,000" → 1307000). */
export function digitValue(t: string): number {
  return Number(t.replace(/,/g, ""));
}
