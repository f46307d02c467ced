import type { Token } from "./tokens.ts";

const MONTHS = new Set(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split(
    " ",
  ),
);
/** Capitalised words that may stand before a number without making it a label ("About 70%", "US $5"). */
const FREE_CAPS = new Set(
  "about around nearly almost some over more just only up under less fewer at roughly approximately with and but by for in of on to the a an as than all another another total".split(
    " ",
  ),
);
const ORDINAL = new Set(["st", "nd", "rd", "th"]);

const glued = (t: Token | undefined): t is Token => !!t && !t.gap;
export const isMonth = (t: Token | undefined): boolean =>
  !!t && MONTHS.has(t.lower) && (t.lower !== "may" || /^M/.test(t.text));

/** True when the number at tokens [start, end) is an ordinal, a time, part of a date or a code. */
export function notAQuantity(text: string, toks: Token[], start: number, end: number): boolean {
  const t = toks[start];
  const after = toks[end];
  if (glued(after) && ORDINAL.has(after.lower) && t.kind === "num") return true;
  if (glued(after) && after.lower === "s" && t.kind === "num") return true; // 1990s
  if (
    glued(after) &&
    (after.text === ":" || after.text === "h") &&
    toks[end + 1]?.kind === "num" &&
    glued(toks[end + 1])
  )
    return true;
  if (t.kind === "num" && /^\s?[ap]\.?m\b\.?/i.test(text.slice(toks[end - 1].end, toks[end - 1].end + 5)))
    return true;
  const before = toks[start - 1];
  if (glued(t) && before && (before.text === ":" || before.text === "/") && toks[start - 2]?.kind === "num")
    return true;
  if (t.kind === "num" && (isMonth(before) || (before?.text === "." && isMonth(toks[start - 2]))))
    return true;
  if (
    t.kind === "num" &&
    before?.kind === "num" &&
    Number(before.text) <= 31 &&
    (isMonth(toks[start - 2]) || (toks[start - 2]?.text === "." && isMonth(toks[start - 3])))
  )
    return true;
  if (t.kind === "num" && isMonth(after) && !/[.,]/.test(t.text) && Number(t.text) <= 31) return true;
  if (glued(t) && before?.text === "-" && glued(before) && toks[start - 2]?.kind === "num") return true;
  if (after && /^(?:gmt|utc|edt|est|pst|pdt|bst|cet|cest|et|pt)$/.test(after.lower) && t.kind === "num")
    return true;
  if (before?.lower === "aged" || before?.lower === "ages") return true;
  return false;
}

/** A number glued to letters or following a capitalised name: "S23", "CO2", "Game 7", "Stoxx 600". */
export function isLabel(toks: Token[], start: number, sentenceStart: number, measured = false): boolean {
  const t = toks[start];
  const before = toks[start - 1];
  if (!before || start <= sentenceStart) return false;
  if (
    t.kind === "num" &&
    glued(t) &&
    before.kind === "word" &&
    !/^(?:sub|minus|us|u\.s|now|then|mid)$/i.test(before.lower)
  )
    return true;
  if (
    t.kind === "num" &&
    glued(t) &&
    before.text === "-" &&
    glued(before) &&
    toks[start - 2]?.kind === "word" &&
    !/^(?:sub|now|then|mid)$/.test(toks[start - 2].lower) &&
    toks[start - 2].lower !== "minus"
  )
    return true;
  if (
    t.kind === "num" &&
    glued(t) &&
    before.text === "." &&
    toks[start - 2]?.kind === "word" &&
    glued(before)
  )
    return true;
  if (measured || before.kind !== "word" || start - 1 <= sentenceStart) return false;
  if (!/\p{Lu}/u.test(before.text) || FREE_CAPS.has(before.lower) || isMonth(before)) return false;
  return true;
}

/** A four-digit integer read as a year ("in 2019", "the 1988 film"). */
export function yearLike(tok: Token): boolean {
  if (tok.kind !== "num" || !/^\d{4}$/.test(tok.text)) return false;
  const v = Number(tok.text);
  return v >= 1000 && v <= 2150;
}
