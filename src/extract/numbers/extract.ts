import type { Qualifier } from "../../model/index.ts";
import { type Core, millionM, parseCore } from "./core.ts";
import { changeOf, cueBefore } from "./cues.ts";
import { isLabel, notAQuantity, yearLike } from "./filters.ts";
import { countedNoun } from "./nouns.ts";
import { currencyBefore, type Money, signBefore } from "./prefix.ts";
import { rangeAfter } from "./range.ts";
import { sentenceStarts } from "./sentences.ts";
import { type Token, tokenize } from "./tokens.ts";
import type { Quantity } from "./types.ts";
import { perSuffix, type UnitMatch, unitAt } from "./unitmatch.ts";
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
const OF_DETS = new Set(["the", "its", "their", "his", "her", "our", "these", "those", "your", "my"]);

interface Found {
  quantity: Quantity | null;
  next: number;
}

/** All quantities in `text`, in order of appearance. */
export function extractQuantities(text: string, toks: Token[] = tokenize(text)): Quantity[] {
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
  return out;
}

/** Currency and sign before the core: "$-50.8bn", "-$5", "US $58". */
function prefixOf(text: string, toks: Token[], core: Core) {
  let sign = signBefore(toks, core.start);
  let money: Money | null = currencyBefore(text, toks, sign ? sign.start : core.start);
  if (!money && sign) money = null;
  if (!sign && money) sign = signBefore(toks, money.start);
  if (!money && !sign) money = currencyBefore(text, toks, core.start);
  const start = Math.min(core.start, sign?.start ?? core.start, money?.start ?? core.start);
  return { sign, money, start };
}

/** Unit or counted noun after the number (from token `end`). */
function unitAfter(text: string, toks: Token[], end: number, core: Core, money: Money | null) {
  if (money) {
    let e = end;
    if (/^(?:us|u\.s)$/.test(toks[e]?.lower ?? "") && toks[e]?.gap) e += toks[e + 1]?.text === "." ? 2 : 1;
    const per = perSuffix(text, toks, e);
    const unit: UnitMatch = {
      surface: money.surface,
      norm: money.norm + (per ? ` per ${per.norm}` : ""),
      end: per ? per.end : e,
    };
    return { unit, counted: false };
  }
  let unit = unitAt(text, toks, end);
  let counted = false;
  let e = end;
  if (!unit && toks[e]?.lower === "of" && (core.vague || core.scaled || core.value === 1 || core.value < 1)) {
    e++;
    if (OF_DETS.has(toks[e]?.lower ?? "")) e++;
    unit = unitAt(text, toks, e);
  }
  if (!unit) {
    const np = countedNoun(toks, e, core.value === 1);
    if (np) {
      unit = { surface: np.surface, norm: np.norm, end: np.end };
      counted = true;
    }
    return { unit, counted };
  }
  const per = perSuffix(text, toks, unit.end);
  if (per)
    unit = { surface: `${unit.surface} ${per.surface}`, norm: `${unit.norm} per ${per.norm}`, end: per.end };
  return { unit, counted };
}

function quantityAt(text: string, toks: Token[], i: number, sentStart: number): Found | null {
  const core = parseCore(toks, i);
  if (!core) return null;
  const skip = { quantity: null, next: core.end };
  if (core.words === false && notAQuantity(text, toks, core.start, core.end)) return skip;
  const { sign, money, start } = prefixOf(text, toks, core);
  if (!core.words && !money && isLabel(toks, start, sentStart)) return skip;
  const t0 = toks[core.start];
  if (core.words && t0.lower === "one" && ONE_PRONOUN.has(toks[core.start - 1]?.lower ?? "")) return skip;
  let end = core.end;
  let value = core.value;
  if (!core.words && !core.scaled && millionM(toks, end, !!money)) {
    value *= 1e6;
    end++;
    core.scaled = true;
    core.scale = 1e6;
  }
  const glued = toks[end];
  const { unit, counted } = unitAfter(text, toks, end, { ...core, value }, money);
  if (!unit && glued && !glued.gap && glued.kind === "word") return skip; // "9AB8", "3D"
  if (core.words && glued?.text === "-" && !glued.gap && (!unit || counted || TIME_UNITS.has(unit.norm)))
    return skip;
  const cue = cueBefore(toks, start);
  const opener =
    toks[cue.start - 1]?.lower === "between" ? "between" : toks[start - 1]?.lower === "from" ? "from" : null;
  let unitEnd = unit && !counted ? unit.end : end;
  let valueMax = core.valueMax;
  let finalUnit = unit;
  const r = rangeAfter(text, toks, unitEnd, {
    money: !!money,
    unit: counted ? null : unit,
    opener,
    direction: !!cue.direction,
  });
  if (r === "score") return { quantity: null, next: unitEnd + 2 };
  if (r) {
    valueMax = r.core.value;
    if (r.core.scaled && !core.scaled && value * r.core.scale <= r.core.value) value *= r.core.scale;
    unitEnd = r.end;
    if (!finalUnit || counted) {
      const after = unitAfter(text, toks, r.core.end, r.core, money);
      if (after.unit) finalUnit = after.unit;
    }
    if (finalUnit && !money && r.unit) unitEnd = Math.max(unitEnd, r.unit.end);
  }
  if (finalUnit) unitEnd = Math.max(unitEnd, finalUnit.end);
  const norm = finalUnit?.norm ?? null;
  if (!core.words && yearLike(t0) && !money && (!norm || counted || TIME_UNITS.has(norm))) return skip;
  let qualifier: Qualifier = cue.qualifier;
  let direction = cue.direction;
  const sub = toks[start - 1]?.text === "-" && toks[start - 2]?.lower === "sub";
  if (sub) qualifier = "less than";
  const moneyLike = !!money || isCurrency(norm) || norm === "percentage" || norm === "point";
  if (sign?.sign === -1 && moneyLike) direction = "down";
  if (sign?.sign === 1) direction = "up";
  const signed = sign?.sign === -1 ? -value : value;
  const quantity: Quantity = {
    value: signed,
    valueMax: valueMax ?? null,
    qualifier,
    change: changeOf(qualifier, direction),
    unit: finalUnit?.surface ?? null,
    normalizedUnit: norm,
    counted,
    vague: core.vague,
    span: [toks[start].start, toks[unitEnd - 1].end],
    tokens: [Math.min(cue.start, start), unitEnd],
  };
  return { quantity, next: unitEnd };
}
