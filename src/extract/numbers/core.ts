import { digitValue, type Token } from "./tokens.ts";
import { isNumberWord, parseWords, SHORT_SCALES } from "./words.ts";

/** The bare number: tokens [start, end), value and, for ranges and vague plurals, an upper bound. */
export interface Core {
  start: number;
  end: number;
  value: number;
  valueMax: number | null;
  vague: boolean;
  words: boolean;
  scaled: boolean;
  /** Scale factor applied (1e6 for "million"). */
  scale: number;
}

const GAP_SCALES = new Set([
  "hundred",
  "thousand",
  "million",
  "billion",
  "trillion",
  "bn",
  "mn",
  "mln",
  "mil",
  "millions",
  "billions",
  "lakh",
  "lakhs",
  "crore",
  "crores",
]);

const FRACTION_DEN = new Set([2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100, 128]);

/** Digits with an optional fraction ("1/2") and scale ("1.5 million", "$3bn", "25k"). */
function digits(toks: Token[], i: number): Core {
  let value = digitValue(toks[i].text);
  let end = i + 1;
  const f1 = toks[end];
  if (
    f1?.kind === "num" &&
    f1.gap &&
    /^\d+$/.test(toks[i].text) &&
    /^\d$/.test(f1.text) &&
    toks[end + 1]?.text === "/" &&
    !toks[end + 1].gap
  ) {
    const den = Number(toks[end + 2]?.text);
    if (FRACTION_DEN.has(den) && Number(f1.text) < den && !toks[end + 2].gap) {
      value += Number(f1.text) / den;
      end += 3;
    }
  }
  const t1 = toks[end];
  if (
    t1 &&
    !t1.gap &&
    (t1.text === "/" || t1.text === "⁄") &&
    toks[end + 1]?.kind === "num" &&
    !toks[end + 1].gap
  ) {
    const den = digitValue(toks[end + 1].text);
    if (FRACTION_DEN.has(den) && value < den && !/[.,]/.test(toks[end + 1].text)) {
      value /= den;
      end += 2;
    }
  }
  const x = toks[end];
  if (
    x &&
    !x.gap &&
    (x.text === "×" || x.text === "x") &&
    toks[end + 1]?.text === "10" &&
    !toks[end + 1].gap
  ) {
    const sg = toks[end + 2];
    const neg = sg && !sg.gap && (sg.text === "−" || sg.text === "-");
    const ex = toks[end + (neg ? 3 : 2)];
    if (ex?.kind === "num" && !ex.gap && /^\d+$/.test(ex.text)) {
      value *= 10 ** ((neg ? -1 : 1) * Number(ex.text));
      end += neg ? 4 : 3;
    }
  }
  let scaled = false;
  let scale = 1;
  for (
    let s = toks[end];
    s && s.kind === "word" && (s.text in SHORT_SCALES || s.lower in SHORT_SCALES);
    s = toks[end]
  ) {
    const ok = s.gap ? GAP_SCALES.has(s.lower) : true;
    const next = toks[end + 1];
    // "16 billion" + "b" is bits; "1.5bn" scales; a trailing letter glued to the scale is a unit ("5mmBTU")
    if (!ok || (next && !next.gap && next.kind === "word")) break;
    const f = SHORT_SCALES[s.text] ?? SHORT_SCALES[s.lower];
    if (scaled && f <= scale) break;
    scale *= f;
    value *= f;
    end++;
    scaled = true;
  }
  return { start: i, end, value, valueMax: null, vague: false, words: false, scaled, scale };
}

/** "m" glued to digits: million when money or a counted noun follows, else metres. */
export function millionM(toks: Token[], end: number, money: boolean): boolean {
  const m = toks[end];
  if (!m || m.gap || (m.text !== "m" && m.text !== "M")) return false;
  if (money) return true;
  const n = toks[end + 1];
  if (n?.kind !== "word") return false;
  return !/^(long|high|wide|deep|tall|away|apart|above|below|in|from|to|by|and|or)$/.test(n.lower);
}

/** Parses the number starting at toks[i], or null when none starts there. */
export function parseCore(toks: Token[], i: number): Core | null {
  const t = toks[i];
  if (t.kind === "num") return digits(toks, i);
  if (t.kind !== "word") return null;
  const w = t.lower;
  const fold = /^(two|three|four|five|six|seven|eight|nine|ten)fold$/.exec(w);
  if (fold) {
    const v = parseWords([{ ...t, text: fold[1], lower: fold[1] }], 0)?.value ?? 0;
    return {
      start: i,
      end: i + 1,
      value: v,
      valueMax: null,
      vague: false,
      words: true,
      scaled: false,
      scale: 1,
    };
  }
  if (w === "half" || isNumberWord(w) || w === "a" || w === "one") {
    if (w === "half") {
      const n = toks[i + 1]?.lower;
      if (n !== "of" && n !== "the" && n !== "their" && n !== "its") return null;
      if (/^(?:second|first|other|latter|back|the)$/.test(toks[i - 1]?.lower ?? "")) return null;
      return {
        start: i,
        end: i + 1,
        value: 0.5,
        valueMax: null,
        vague: false,
        words: true,
        scaled: false,
        scale: 1,
      };
    }
    const r = parseWords(toks, i);
    if (!r) return null;
    let value = r.value;
    let end = r.end;
    let scaled = false;
    let scale = 1;
    // "four million", handled by cardinal; "1.5 million" by digits; "two dozen" by words.
    const s = toks[end];
    if (s && !s.gap && s.lower in SHORT_SCALES && !r.vague && /^(k|bn|m)$/.test(s.lower)) {
      scale = SHORT_SCALES[s.lower] ?? 1;
      value *= scale;
      end++;
      scaled = true;
    }
    for (let k = i; k < r.end; k++) {
      const f = SHORT_SCALES[toks[k].lower];
      if (f && f > 100 && toks[k].lower !== "thousands" && toks[k].lower !== "millions") {
        scaled = true;
        scale = Math.max(scale, f);
      }
    }
    return { start: i, end, value, valueMax: r.valueMax, vague: r.vague, words: true, scaled, scale };
  }
  return null;
}
