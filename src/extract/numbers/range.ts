import { type Core, parseCore } from "./core.ts";
import { countedNoun } from "./nouns.ts";
import { currencyBefore } from "./prefix.ts";
import type { Token } from "./tokens.ts";
import { perSuffix, type UnitMatch, unitAt } from "./unitmatch.ts";

export interface RangeEnd {
  core: Core;
  unit: UnitMatch | null;
  end: number;
}

export interface RangeContext {
  money: boolean;
  unit: UnitMatch | null;
  /** "between" or "from" stands before the first number. */
  opener: "between" | "from" | null;
  direction: boolean;
  /** The first number is spelt in words ("three or four years"). */
  words: boolean;
}

/** The second number of "10 to 12", "from $3 to $5 billion", "between 5 and 7", "14-18 mpg". */
export function rangeAfter(
  text: string,
  toks: Token[],
  pos: number,
  ctx: RangeContext,
): RangeEnd | "score" | null {
  const c = toks[pos];
  if (!c) return null;
  let j = pos + 1;
  const hyphen = c.text === "-" || c.text === "–" || c.text === "—";
  if (c.lower === "to") {
    if (toks[j]?.text === "-" && !toks[j].gap) j++;
  } else if (c.lower === "and") {
    if (ctx.opener !== "between") return null;
  } else if (c.text === "-" && toks[pos - 1]?.lower === "0" && toks[j]?.lower === "to") {
    j += toks[j + 1]?.text === "-" ? 2 : 1;
  } else if (!hyphen) return null;
  let money = null;
  for (let k = j + 1; k <= j + 3 && k < toks.length && toks[j].kind !== "num"; k++) {
    if (toks[k].kind !== "num") continue;
    const m = currencyBefore(text, toks, k);
    if (m && m.start === j) {
      money = m;
      j = k;
      break;
    }
  }
  const startNum = toks[j];
  if (
    !startNum ||
    (startNum.kind !== "num" &&
      !/^(?:one|two|three|four|five|six|seven|eight|nine|ten)$/.test(startNum.lower))
  )
    return null;
  const core = parseCore(toks, j);
  if (!core) return null;
  let end = core.end;
  const unit = ctx.money || money ? perSuffix(text, toks, end) : unitAt(text, toks, end);
  if (unit) end = unit.end;
  const noun = unit || ctx.money || money ? null : countedNoun(toks, end, false);
  const anyUnit = ctx.unit || unit || ctx.money || money || noun;
  if (hyphen && c.text === "-" && (c.gap || startNum.gap) && (c.gap !== startNum.gap || !anyUnit))
    return null;
  if (hyphen && !anyUnit) return "score";
  if (c.lower === "to" && !ctx.opener) {
    if (ctx.direction) return null;
    if (!anyUnit) return null;
    if (!ctx.money && ctx.unit && unit && ctx.unit.norm !== unit.norm) return null;
  }
  return { core, unit, end };
}
