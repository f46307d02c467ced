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
  let c = toks[pos];
  if (!c) return null;
  // "from 21 mpg combined to 23": a few words may stand between the two ends
  for (
    let k = pos;
    ctx.opener === "from" && k < pos + 3 && toks[k]?.kind === "word" && toks[k].lower !== "to";
    k++
  ) {
    if (toks[k + 1]?.lower === "to") {
      pos = k + 1;
      c = toks[pos];
    }
  }
  let j = pos + 1;
  const slash = c.text === "/" && !c.gap && ctx.money && toks[j] && !toks[j].gap;
  const hyphen = c.text === "-" || c.text === "–" || c.text === "—" || slash;
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
  if (slash && !money) return null;
  if (hyphen && !anyUnit) return "score";
  if (c.lower === "to" && !ctx.opener) {
    if (ctx.direction) return null;
    if (!anyUnit) return null;
    if (!ctx.money && ctx.unit && unit && ctx.unit.norm !== unit.norm) return null;
    if (!ctx.money !== !money) return null;
  }
  return { core, unit, end };
}
