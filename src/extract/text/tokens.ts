/** Tokens of a text as parallel arrays: offsets, raw form and lower-cased form. */
export interface Tokens {
  start: number[];
  end: number[];
  raw: string[];
  lower: string[];
}

// Words (with inner apostrophes, dots, hyphens: "Trump’s", "U.S.", "Kim Jong-un"), numbers, or one symbol.
const TOKEN = /[\p{L}\p{N}]+(?:[’'.\-&][\p{L}\p{N}]+)*\.?|''|[^\s\p{L}\p{N}]/gu;
const ABBREV_DOT =
  /^(?:[A-Z]|[A-Z]\.[A-Z]|Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Govs|Messrs|Atty|Supt|Cmdr|Tex|Mont|Wyo|Dept|Univ|Ave|Blvd|Bros|Gen|Lt|Col|Capt|Sgt|Maj|Adm|St|Jr|Sr|Prof|Rev|Hon|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|No|Vol|Inc|Corp|Ltd|Co|Calif|Fla|Ill|Mass|Mich|Pa|Va|Wash|Ore|Ariz|Ky|Tenn|Conn|Del|Md|Minn|Wis|Mo|Ala|Ga|Nev|Okla|Colo|Ark|Kan|Neb|Vt|Ind|La|Miss|vs|Ft|Mt|U\.S|U\.N|U\.K|D\.C|a\.m|p\.m)$/;

/** True when a trailing "." belongs to the word (abbreviation or initial), not to the sentence. */
export function keepsDot(word: string): boolean {
  return ABBREV_DOT.test(word) || /^(?:[A-Z]\.){2,}[A-Z]$/.test(word);
}

/** Splits `text` into tokens; a final "." is split off unless the word is a known abbreviation. */
export function tokenize(text: string): Tokens {
  const t: Tokens = { start: [], end: [], raw: [], lower: [] };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let w = m[0];
    const s = m.index;
    if (w.length > 1 && w.charCodeAt(w.length - 1) === 46 && !keepsDot(w.slice(0, -1))) {
      push(t, s, w.slice(0, -1));
      w = ".";
      push(t, s + m[0].length - 1, w);
      continue;
    }
    push(t, s, w);
  }
  return t;
}

function push(t: Tokens, s: number, w0: string): void {
  // the horizontal bar (U+2015) is used as an em dash; same length, so offsets hold
  const w = w0 === "―" ? "—" : w0;
  t.start.push(s);
  t.end.push(s + w.length);
  t.raw.push(w);
  t.lower.push(w.toLowerCase());
}
