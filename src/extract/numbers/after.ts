import type { Core } from "./core.ts";
import { currencyName } from "./currencies.ts";
import { countedNoun } from "./nouns.ts";
import { oneOfPhrase } from "./oneof.ts";
import { currencyBefore, type Money, signBefore } from "./prefix.ts";
import type { Token } from "./tokens.ts";
import { perSuffix, type UnitMatch, unitAt } from "./unitmatch.ts";

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

/** Currency and sign before the core: "$-50.8bn", "-$5", "US $58". */
export function prefixOf(text: string, toks: Token[], core: Core) {
  let sign = signBefore(toks, core.start);
  let money: Money | null = currencyBefore(text, toks, sign ? sign.start : core.start);
  if (!money && sign) money = null;
  if (!sign && money) sign = signBefore(toks, money.start);
  if (!money && !sign) money = currencyBefore(text, toks, core.start);
  const start = Math.min(core.start, sign?.start ?? core.start, money?.start ?? core.start);
  return { sign, money, start };
}

/** Unit or counted noun after the number (from token `end`). */
export function unitAfter(text: string, toks: Token[], end: number, core: Core, money: Money | null) {
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
