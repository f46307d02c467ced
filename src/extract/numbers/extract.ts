import type { Qualifier } from "../../model/index.ts";
import { type Core, millionM, parseCore } from "./core.ts";
import { changeOf, cueBefore } from "./cues.ts";
import { currencyName } from "./currencies.ts";
import { isLabel, notAQuantity, yearLike } from "./filters.ts";
import { countedNoun, isPlural } from "./nouns.ts";
import { oneOfPhrase } from "./oneof.ts";
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
const OF_DETS = new Set([
  "a",
  "an",
  "the",
  "its",
  "their",
  "his",
  "her",
  "our",
  "these",
  "those",
  "your",
  "my",
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

/** "thirteen dollars and forty-five cents" is one amount, 13.45 dollars. */
function joinCents(toks: Token[], qs: Quantity[]): void {
  for (let k = qs.length - 2; k >= 0; k--) {
    const q = qs[k];
    const c = qs[k + 1];
    const gap = c.tokens[0] - q.tokens[1];
    const between = gap === 1 ? toks[q.tokens[1]].lower : "";
    if (q.normalizedUnit !== "dollar" || !Number.isInteger(q.value) || q.valueMax !== null) continue;
    if (!(gap === 0 || between === "and") || c.value >= 100 || !Number.isInteger(c.value)) continue;
    if (c.normalizedUnit !== "cent" && !(c.normalizedUnit === null && /dollars?$/i.test(q.unit ?? "")))
      continue;
    q.value += c.value / 100;
    q.span = [q.span[0], c.span[1]];
    q.tokens = [q.tokens[0], c.tokens[1]];
    qs.splice(k + 1, 1);
  }
}

const INHERIT_AFTER = new Set(["to", "at", "and", "is", "from", "including", "was", "by"]);

/** A bare number takes the unit of an earlier one in its sentence ("rose 58 points to 16,369");
 * one after ", or" takes its direction ("lost 190 points, or 0.6%"). */
function inherit(toks: Token[], sent: Int32Array, qs: Quantity[]): void {
  // "7- or 8-inch", "four-, five- and six-cylinder": a suspended hyphen takes the next unit
  for (let k = qs.length - 2; k >= 0; k--) {
    const q = qs[k];
    const h = toks[q.tokens[1]];
    if (
      !q.normalizedUnit &&
      h?.text === "-" &&
      !h.gap &&
      qs[k + 1].normalizedUnit &&
      qs[k + 1].tokens[0] <= q.tokens[1] + 3
    ) {
      q.normalizedUnit = qs[k + 1].normalizedUnit;
      q.unit = qs[k + 1].unit;
    }
  }
  for (let k = 1; k < qs.length; k++) {
    const q = qs[k];
    const before = toks[q.tokens[0] - 1];
    const p = qs[k - 1];
    if (
      before?.lower === "or" &&
      p.tokens[1] >= q.tokens[0] - 2 &&
      (p.change === "up" || p.change === "down") &&
      q.change === "="
    )
      q.change = p.change;
    if (q.normalizedUnit || !before || !INHERIT_AFTER.has(before.lower)) continue;
    for (let j = k - 1; j >= 0; j--) {
      const c = qs[j];
      if (sent[c.tokens[0]] !== sent[q.tokens[0]]) break;
      if (!c.normalizedUnit || TIME_UNITS.has(c.normalizedUnit)) continue;
      if (c.normalizedUnit === "percentage" && before.lower !== "by") continue;
      q.normalizedUnit = c.normalizedUnit;
      q.counted = c.counted;
      q.noun = c.noun;
      break;
    }
  }
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
    const us = /^\s+(?:US|U\.S\.?)(?![\p{L}])/u.exec(
      text.slice(toks[e - 1]?.end ?? 0, (toks[e - 1]?.end ?? 0) + 6),
    );
    if (us) while (toks[e] && toks[e].start < (toks[e - 1]?.end ?? 0) + us[0].length) e++;
    const per = perSuffix(text, toks, e);
    const unit: UnitMatch = {
      surface: money.surface,
      norm: money.norm + (per ? ` per ${per.norm}` : ""),
      end: per ? per.end : e,
    };
    return { unit, counted: false };
  }
  let unit = unitAt(text, toks, end);
  const counted = false;
  let e = end;
  if (
    !unit &&
    core.words &&
    core.value === 1 &&
    toks[end]?.lower === "of" &&
    toks[core.start].lower === "one"
  ) {
    if (/^(?:them|us|you|those|these|which|whom|whose|many|several)$/.test(toks[end + 1]?.lower ?? ""))
      return { unit: null, counted };
    const np = oneOfPhrase(toks, end + 1);
    if (np) return { unit: { ...np }, counted: true };
  }
  if (!unit && toks[e]?.lower === "of" && (core.vague || core.scaled || core.value === 1 || core.value < 1)) {
    e++;
    if (OF_DETS.has(toks[e]?.lower ?? "")) e++;
    if (/^(?:us|u\.s|imperial|metric|fluid)$/.test(toks[e]?.lower ?? "")) e++;
    unit = unitAt(text, toks, e);
  }
  unit = currencyAt(toks, e) ?? unit;
  if (unit?.norm === "pound-mass" && (core.scaled || /sterling/i.test(toks[unit.end]?.text ?? "")))
    unit = { ...unit, norm: "pound sterling" };
  if (!unit) {
    if (/^(?:more|additional|extra|further)$/.test(toks[e]?.lower ?? "")) e++;
    const np = countedNoun(toks, e, core.value === 1);
    if (!np) return { unit: null, counted };
    const per = perSuffix(text, toks, np.end);
    const norm = per ? `${np.norm} per ${per.norm}` : np.norm;
    return { unit: { surface: np.surface, norm, end: per ? per.end : np.end, head: np.head }, counted: true };
  }
  const per = perSuffix(text, toks, unit.end);
  if (per)
    unit = { surface: `${unit.surface} ${per.surface}`, norm: `${unit.norm} per ${per.norm}`, end: per.end };
  return { unit, counted };
}

/** A currency named in words after the number: "420 million Finnish markka", "pesos". */
function currencyAt(toks: Token[], e: number): UnitMatch | null {
  const ws = [toks[e], toks[e + 1]].filter((t) => t?.kind === "word").map((t) => t.text);
  if (toks[e]?.kind !== "word") return null;
  const c = currencyName(ws);
  if (!c) return null;
  const last = toks[e + c.used - 1];
  return {
    surface: toks
      .slice(e, e + c.used)
      .map((t) => t.text)
      .join(" "),
    norm: c.norm,
    end: last ? e + c.used : e + 1,
  };
}

/** An integer naming a model or a code: "787 Dreamliner", "90049 ZIP Code". */
function modelNumber(toks: Token[], core: Core, sentStart: number): boolean {
  const t = toks[core.start];
  const n = toks[core.end];
  if (t.kind !== "num" || /[.,]/.test(t.text) || !n || n.kind !== "word" || core.start <= sentStart)
    return false;
  return /^\p{Lu}/u.test(n.text) && !/s$/.test(n.text);
}

function quantityAt(text: string, toks: Token[], i: number, sentStart: number): Found | null {
  const core = parseCore(toks, i);
  if (!core) return null;
  const skip = { quantity: null, next: core.end };
  if (core.words === false && notAQuantity(text, toks, core.start, core.end)) return skip;
  const { sign, money, start } = prefixOf(text, toks, core);
  const t0 = toks[core.start];
  if (core.words && t0.lower === "one" && ONE_PRONOUN.has(toks[core.start - 1]?.lower ?? "")) return skip;
  let end = core.end;
  if (!core.words && !core.scaled && millionM(toks, end, !!money)) {
    core.value *= 1e6;
    end++;
    core.scaled = true;
    core.scale = 1e6;
  }
  const glued = toks[end];
  const gluedWord = glued && !glued.gap && glued.kind === "word";
  if (gluedWord && !money && !unitAt(text, toks, end)) return skip; // "9AB8", "3D"
  const first = /fold$/.test(t0.lower)
    ? { unit: { surface: t0.text, norm: "count", end: core.end }, counted: false }
    : unitAfter(text, toks, end, core, money);
  const measured = !!first.unit && !first.counted && !TIME_UNITS.has(first.unit.norm);
  if (!core.words && !money && sign?.sign !== 1 && isLabel(toks, start, sentStart, measured)) return skip;
  if (core.words && t0.lower === "one" && toks[end]?.kind === "num") return skip;
  if (toks[start - 1]?.text === "(" && toks[end]?.text === ")" && !first.unit && !money) return skip;
  const prevTok = toks[start - 1];
  if (
    core.words &&
    /^\p{Lu}/u.test(t0.text) &&
    start > sentStart &&
    prevTok?.kind === "word" &&
    /^\p{Lu}/u.test(prevTok.text)
  )
    return skip;
  if (!first.unit && !money && !sign && modelNumber(toks, core, sentStart)) return skip;
  const after = toks[end + 1];
  const suspended =
    glued?.text === "-" &&
    !glued.gap &&
    !!after &&
    ((/^(?:or|and|to)$/.test(after.lower) && after.gap) || after.text === ",");
  if (core.words && glued?.text === "-" && !glued.gap && !measured && !suspended) return skip;
  const cue = cueBefore(toks, start);
  const head = first.unit?.surface.split(" ").pop() ?? "";
  const plural = first.counted && /^[a-z]/.test(head) && isPlural(head);
  const opens = /^(?:between|from|since|in)$/.test(toks[start - 1]?.lower ?? "");
  if (!core.words && yearLike(t0) && !money && !measured && ((cue.qualifier === "exact" && !plural) || opens))
    return skip;
  const opener =
    toks[cue.start - 1]?.lower === "between" ? "between" : toks[start - 1]?.lower === "from" ? "from" : null;
  let unit = first.unit;
  let counted = first.counted;
  let unitEnd = unit && !counted ? unit.end : end;
  let valueMax = core.valueMax;
  let value = core.value;
  const r = rangeAfter(text, toks, unitEnd, {
    money: !!money,
    unit: counted ? null : unit,
    opener,
    direction: !!cue.direction && (!!money || measured),
    words: core.words,
  });
  if (r === "score") return { quantity: null, next: unitEnd + 2 };
  if (r) {
    valueMax = r.core.value;
    if (r.core.scaled && !core.scaled && value * r.core.scale <= r.core.value) value *= r.core.scale;
    unitEnd = r.end;
    if (money && r.unit)
      unit = { surface: money.surface, norm: `${money.norm} per ${r.unit.norm}`, end: r.unit.end };
    if (!unit || counted) {
      const after = unitAfter(text, toks, r.core.end, r.core, money);
      if (after.unit) {
        unit = after.unit;
        counted = after.counted;
      }
    }
  }
  if (unit) unitEnd = Math.max(unitEnd, unit.end);
  const norm = unit?.norm ?? null;
  let qualifier: Qualifier = cue.qualifier;
  let direction = cue.direction;
  if (toks[start - 1]?.text === "-" && toks[start - 2]?.lower === "sub") qualifier = "less than";
  const moneyLike = !!money || isCurrency(norm) || norm === "percentage" || norm === "point";
  if (sign?.sign === -1 && moneyLike) direction = "down";
  if (sign?.sign === 1) direction = "up";
  const quantity: Quantity = {
    value: sign?.sign === -1 ? -value : value,
    valueMax: valueMax ?? null,
    qualifier,
    change: changeOf(qualifier, direction),
    unit: unit?.surface ?? null,
    normalizedUnit: norm,
    noun: counted ? (unit?.head ?? null) : null,
    counted,
    vague: core.vague,
    span: [toks[start].start, toks[unitEnd - 1].end],
    tokens: [Math.min(cue.start, start), unitEnd],
  };
  return { quantity, next: unitEnd };
}
