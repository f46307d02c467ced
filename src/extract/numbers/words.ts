import { isPlural } from "./nouns.ts";
import { digitValue, type Token } from "./tokens.ts";

const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
export const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
/** Scale suffixes after digits ("1.5bn", "25k", "PS6m"). */
export const SHORT_SCALES: Record<string, number> = {
  ...SCALES,
  k: 1e3,
  K: 1e3,
  mn: 1e6,
  mln: 1e6,
  mil: 1e6,
  bn: 1e9,
  bln: 1e9,
  tn: 1e12,
  tr: 1e12,
  millions: 1e6,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
  billions: 1e9,
  thousands: 1e3,
  b: 1e9,
  B: 1e9,
};
/** Plural vague amounts: lower and upper bound ("dozens" 12-120, ACLED counts the lower one). */
const VAGUE: Record<string, [number, number]> = {
  tens: [10, 100],
  dozens: [12, 120],
  scores: [20, 200],
  hundreds: [100, 1000],
  thousands: [1e3, 1e4],
  millions: [1e6, 1e7],
  billions: [1e9, 1e10],
  trillions: [1e12, 1e13],
};
const FRACTIONS: Record<string, number> = {
  half: 0.5,
  third: 1 / 3,
  thirds: 1 / 3,
  quarter: 0.25,
  quarters: 0.25,
  fourth: 0.25,
  fourths: 0.25,
  fifth: 0.2,
  fifths: 0.2,
};

export interface WordNumber {
  value: number;
  valueMax: number | null;
  /** Index after the last token used. */
  end: number;
  vague: boolean;
  fraction: boolean;
}

const NUMBER_WORDS = new Set([...Object.keys(SMALL), ...Object.keys(VAGUE), "dozen"]);

export function isNumberWord(lower: string): boolean {
  return NUMBER_WORDS.has(lower);
}

const join = (toks: Token[], i: number): boolean => i < toks.length && !toks[i].gap;

/** Cardinal words from toks[i]: "twenty-five", "one hundred and five", "three million". */
function cardinal(toks: Token[], i: number): { value: number; end: number } | null {
  let total = 0;
  let cur = 0;
  let j = i;
  let last = i;
  while (j < toks.length) {
    const w = toks[j].lower;
    if (w in SMALL) {
      const v = SMALL[w];
      const free = cur % 100 === 0 || (cur % 100 >= 20 && cur % 10 === 0 && v < 10);
      if (
        !free ||
        (j > i && toks[j - 1].lower !== "-" && toks[j - 1].lower !== "and" && cur % 100 !== 0 && v >= 10)
      )
        break;
      if (j > i && cur === 0 && total === 0) break;
      cur += v;
    } else if (w === "hundred" && cur > 0 && cur < 100) {
      cur *= 100;
    } else if (w in SCALES && w !== "hundred" && cur > 0) {
      total += cur * SCALES[w];
      cur = 0;
    } else if ((w === "-" || w === "and") && j > i && toks[j + 1]?.lower in SMALL) {
      if (w === "-" && (toks[j].gap || toks[j + 1].gap)) break;
      if (w === "and" && cur < 100 && total === 0) break;
      j++;
      continue;
    } else break;
    j++;
    last = j;
  }
  return last > i ? { value: total + cur, end: last } : null;
}

/** Vague plurals with their "of" chains: "tens of thousands", "dozens", "hundreds of millions". */
function vague(toks: Token[], i: number): WordNumber | null {
  const w = toks[i].lower;
  if (!(w in VAGUE)) return null;
  let [lo, hi] = VAGUE[w];
  let j = i + 1;
  const n1 = toks[j + 1]?.lower;
  if (toks[j]?.lower === "of" && n1 && n1 in VAGUE && VAGUE[n1][0] >= 1000 && lo < 1000) {
    lo *= VAGUE[n1][0];
    hi = lo * 10;
    j += 2;
  }
  return { value: lo, valueMax: hi, end: j, vague: true, fraction: false };
}

/** A number spelt in words at toks[i], or null. Handles "a dozen", "a couple thousand", "three,000". */
export function parseWords(toks: Token[], i: number): WordNumber | null {
  const t = toks[i];
  const next = toks[i + 1]?.lower;
  const v = vague(toks, i);
  if (v) return v;
  if ((t.lower === "a" || t.lower === "one") && next && next in FRACTIONS) {
    if (next !== "half" && toks[i + 2]?.lower !== "of") return null; // "a third party"
    return { value: FRACTIONS[next], valueMax: null, end: i + 2, vague: false, fraction: true };
  }
  if (t.lower === "a" && next && (next === "dozen" || next in SCALES)) {
    if (next === "dozen") return { value: 12, valueMax: null, end: i + 2, vague: false, fraction: false };
    return { value: SCALES[next], valueMax: null, end: i + 2, vague: false, fraction: false };
  }
  if (t.lower === "a" && next === "couple") {
    let j = i + 2;
    if (toks[j]?.lower === "of") j++;
    const s = toks[j]?.lower;
    if (s && s in SCALES)
      return { value: 2 * SCALES[s], valueMax: null, end: j + 1, vague: false, fraction: false };
    const n =
      toks[j + (toks[j]?.kind === "word" && !isPlural(toks[j].text) && toks[j + 1]?.kind === "word" ? 1 : 0)];
    if (toks[i + 2]?.lower === "of" && n?.kind === "word" && !isPlural(n.text)) return null;
    return { value: 2, valueMax: null, end: i + 2, vague: true, fraction: false };
  }
  if (!(t.lower in SMALL) && t.lower !== "dozen") return null;
  const c = cardinal(toks, i);
  if (!c) return null;
  let value = c.value;
  let end = c.end;
  // "three-quarters", "two-thirds"
  if (toks[end]?.text === "-" && join(toks, end) && join(toks, end + 1) && toks[end + 1].lower in FRACTIONS) {
    return {
      value: value * FRACTIONS[toks[end + 1].lower],
      valueMax: null,
      end: end + 2,
      vague: false,
      fraction: true,
    };
  }
  if (toks[end]?.lower === "dozen")
    return { value: value * 12, valueMax: null, end: end + 1, vague: false, fraction: false };
  // Spun text: "three,000"
  if (
    toks[end]?.text === "," &&
    join(toks, end) &&
    join(toks, end + 1) &&
    /^\d{3}$/.test(toks[end + 1]?.text ?? "")
  ) {
    value = value * 1000 + digitValue(toks[end + 1].text);
    end += 2;
  }
  return { value, valueMax: null, end, vague: false, fraction: false };
}
