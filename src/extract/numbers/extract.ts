import type { Qualifier } from "../../model/index.ts";
import { prefixOf, unitAfter } from "./after.ts";
import { type Core, millionM, parseCore } from "./core.ts";
import { changeOf, cueBefore } from "./cues.ts";
import { isLabel, notAQuantity, yearLike } from "./filters.ts";
import { isPlural } from "./nouns.ts";
import { inherit, joinCents } from "./postpass.ts";
import { rangeAfter } from "./range.ts";
import { sentenceStarts } from "./sentences.ts";
import { type Token, tokenize } from "./tokens.ts";
import type { Quantity } from "./types.ts";
import { type UnitMatch, unitAt } from "./unitmatch.ts";
import { isCurrency, TIME_UNITS } from "./units.ts";

const ONE_PRONOUN = new Set([
  "the",
  "each",
  "every",
  "this",
  "that",
  "any",
  "no",
  "same",
  "another",
  "which",
  "such",
  "last",
  "little",
  "big",
  "new",
  "right",
  "wrong",
]);
interface Found {
  quantity: Quantity | null;
  next: number;
}

/** All quantities in `text`, in order of appearance. */
export function extractQuantities(text: string): Quantity[] {
  if (text === last.text) return last.out.map(copy);
  const out = scan(text, tokenize(text));
  last = { text, out };
  return out.map(copy);
}

const copy = (q: Quantity): Quantity => ({
  ...q,
  span: [q.span[0], q.span[1]],
  tokens: [q.tokens[0], q.tokens[1]],
});

/** Claims and events of one article read the same text: the last result is kept. */
let last: { text: string; out: Quantity[] } = { text: "", out: [] };

function scan(text: string, toks: Token[]): Quantity[] {
  const sent = sentenceStarts(text, toks);
  const out: Quantity[] = [];
  let i = 0;
  while (i < toks.length) {
    const f = quantityAt(text, toks, i, sent[i]);
    if (!f) {
      i++;
      continue;
    }
    if (f.quantity) out.push(f.quantity);
    i = Math.max(f.next, i + 1);
  }
  inherit(toks, sent, out);
  joinCents(toks, out);
  return out;
}

/** An integer naming a model or a code: "787 Dreamliner", "90049 ZIP Code". */
function modelNumber(toks: Token[], core: Core, sentStart: number): boolean {
  const t = toks[core.start];
  const n = toks[core.end];
  if (t.kind !== "num" || /[.,]/.test(t.text) || !n || n.kind !== "word" || core.start <= sentStart)
    return false;
  return /^\p{Lu}/u.test(n.text) && !/s$/.test(n.text);
}

/** The number at token i with its prefix and first unit, or why it is not a quantity. */
interface Head {
  core: Core;
  t0: Token;
  sign: ReturnType<typeof prefixOf>["sign"];
  money: ReturnType<typeof prefixOf>["money"];
  start: number;
  end: number;
  first: ReturnType<typeof unitAfter>;
  measured: boolean;
  cue: ReturnType<typeof cueBefore>;
}

/** A hyphen left hanging before "or"/"and"/",": "7- or 8-inch". */
function suspended(toks: Token[], end: number): boolean {
  const h = toks[end];
  const after = toks[end + 1];
  if (h?.text !== "-" || h.gap || !after) return false;
  return (/^(?:or|and|to)$/.test(after.lower) && after.gap) || after.text === ",";
}

/** Dates, times, labels, pronouns, model numbers and years are not quantities. */
function rejected(text: string, toks: Token[], h: Head, sentStart: number): boolean {
  const { core, t0, sign, money, start, end, first, measured } = h;
  const glued = toks[end];
  if (glued && !glued.gap && glued.kind === "word" && !money && !unitAt(text, toks, end)) return true; // "9AB8"
  if (!core.words && !money && sign?.sign !== 1 && isLabel(toks, start, sentStart, measured)) return true;
  if (core.words && t0.lower === "one" && toks[end]?.kind === "num") return true;
  if (toks[start - 1]?.text === "(" && toks[end]?.text === ")" && !first.unit && !money) return true;
  const prev = toks[start - 1];
  const capital = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);
  if (core.words && capital(t0) && start > sentStart && prev?.kind === "word" && capital(prev)) return true;
  if (!first.unit && !money && !sign && modelNumber(toks, core, sentStart)) return true;
  if (core.words && glued?.text === "-" && !glued.gap && !measured && !suspended(toks, end)) return true;
  const head = first.unit?.surface.split(" ").pop() ?? "";
  const plural = first.counted && /^[a-z]/.test(head) && isPlural(head);
  const opens = /^(?:between|from|since|in)$/.test(prev?.lower ?? "");
  const average = toks[start - 2]?.lower === "average" && prev?.lower === "of";
  const year = !core.words && yearLike(t0) && !money && !measured && !average;
  return year && ((h.cue.qualifier === "exact" && !plural) || opens);
}

function headAt(text: string, toks: Token[], i: number): Head | "skip" | null {
  const core = parseCore(toks, i);
  if (!core) return null;
  if (core.words === false && notAQuantity(text, toks, core.start, core.end)) return "skip";
  const { sign, money, start } = prefixOf(text, toks, core);
  const t0 = toks[core.start];
  if (core.words && t0.lower === "one" && ONE_PRONOUN.has(toks[core.start - 1]?.lower ?? "")) return "skip";
  let end = core.end;
  if (!core.words && !core.scaled && millionM(toks, end, !!money)) {
    core.value *= 1e6;
    end++;
    core.scaled = true;
    core.scale = 1e6;
  }
  const first = /fold$/.test(t0.lower)
    ? { unit: { surface: t0.text, norm: "count", end: core.end }, counted: false }
    : unitAfter(text, toks, end, core, money);
  const measured = !!first.unit && !first.counted && !TIME_UNITS.has(first.unit.norm);
  return { core, t0, sign, money, start, end, first, measured, cue: cueBefore(toks, start) };
}

interface Extent {
  value: number;
  valueMax: number | null;
  unit: UnitMatch | null;
  counted: boolean;
  unitEnd: number;
}

/** The value with its range end ("10 to 12", "between $3 and $5 billion") and final unit. */
function extentOf(text: string, toks: Token[], h: Head): Extent | "score" {
  const { core, money, start, cue } = h;
  const opener =
    toks[cue.start - 1]?.lower === "between" ? "between" : toks[start - 1]?.lower === "from" ? "from" : null;
  let { unit, counted } = h.first;
  const x: Extent = {
    value: core.value,
    valueMax: core.valueMax,
    unit,
    counted,
    unitEnd: unit && !counted ? unit.end : h.end,
  };
  const r = rangeAfter(text, toks, x.unitEnd, {
    money: !!money,
    unit: counted ? null : unit,
    opener,
    direction: !!cue.direction && (!!money || h.measured),
    words: core.words,
  });
  if (r === "score") return "score";
  if (r) {
    x.valueMax = r.core.value;
    if (r.core.scaled && !core.scaled && x.value * r.core.scale <= r.core.value) x.value *= r.core.scale;
    x.unitEnd = r.end;
    if (money && r.unit)
      unit = { surface: money.surface, norm: `${money.norm} per ${r.unit.norm}`, end: r.unit.end };
    if (!unit || counted) {
      const after = unitAfter(text, toks, r.core.end, r.core, money);
      if (after.unit) ({ unit, counted } = after);
    }
  }
  if (unit) x.unitEnd = Math.max(x.unitEnd, unit.end);
  return { ...x, unit, counted };
}

function quantityAt(text: string, toks: Token[], i: number, sentStart: number): Found | null {
  const h = headAt(text, toks, i);
  if (!h) return null;
  if (h === "skip" || rejected(text, toks, h, sentStart))
    return { quantity: null, next: h === "skip" ? i + 1 : h.core.end };
  const x = extentOf(text, toks, h);
  if (x === "score") return { quantity: null, next: h.end + 2 };
  const { sign, money, start, cue } = h;
  const norm = x.unit?.norm ?? null;
  let qualifier: Qualifier = cue.qualifier;
  let direction = cue.direction;
  if (toks[start - 1]?.text === "-" && toks[start - 2]?.lower === "sub") qualifier = "less than";
  const moneyLike = !!money || isCurrency(norm) || norm === "percentage" || norm === "point";
  if (sign?.sign === -1 && moneyLike) direction = "down";
  if (sign?.sign === 1) direction = "up";
  const quantity: Quantity = {
    value: sign?.sign === -1 ? -x.value : x.value,
    valueMax: x.valueMax ?? null,
    qualifier,
    change: changeOf(qualifier, direction),
    unit: x.unit?.surface ?? null,
    normalizedUnit: norm,
    noun: x.counted ? (x.unit?.head ?? null) : null,
    counted: x.counted,
    vague: h.core.vague,
    span: [toks[start].start, toks[x.unitEnd - 1].end],
    tokens: [Math.min(cue.start, start), x.unitEnd],
  };
  return { quantity, next: x.unitEnd };
}
