/** A token of the text with its UTF-16 offsets; `gap` is true when whitespace precedes it. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  gap: boolean;
  kind: "num" | "word" | "punct";
}

const TOKEN_RE = /(\d+(?:,\d{3})*(?:\.\d+)?[½⅓⅔¼¾⅛]?|\.\d+|[½⅓⅔¼¾⅛])|([\p{L}]+(?:['’][\p{L}]+)?)|\S/gu;

/** Splits text into numbers, words (hyphenated parts apart) and single punctuation marks. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const start = m.index;
    const t = m[0];
    const end = start + t.length;
    const kind = m[1] !== undefined ? "num" : m[2] !== undefined ? "word" : "punct";
    out.push({
      text: t,
      lower: kind === "word" ? t.toLowerCase() : t,
      start,
      end,
      gap: start === 0 || start > last,
      kind,
    });
    last = end;
  }
  return out;
}

/** Numeric value of a digit token ("1,307,000" → 1307000). */
const VULGAR: Record<string, number> = {
  "½": 1 / 2,
  "⅓": 1 / 3,
  "⅔": 2 / 3,
  "¼": 1 / 4,
  "¾": 3 / 4,
  "⅛": 1 / 8,
};

export function digitValue(t: string): number {
  const last = t[t.length - 1];
  if (last in VULGAR) return (t.length > 1 ? Number(t.slice(0, -1).replace(/,/g, "")) : 0) + VULGAR[last];
  return Number(t.replace(/,/g, ""));
}
