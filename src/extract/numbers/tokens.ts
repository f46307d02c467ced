/** A token of the text with its UTF-16 offsets; `gap` is true when whitespace precedes it. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  gap: boolean;
  kind: "num" | "word" | "punct";
}

const TOKEN_RE = /(\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)|([\p{L}]+(?:['’][\p{L}]+)?)|\S/gu;

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
export function digitValue(t: string): number {
  return Number(t.replace(/,/g, ""));
}
