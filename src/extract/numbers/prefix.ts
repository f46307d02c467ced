import type { Token } from "./tokens.ts";
import { currencyOf } from "./units.ts";

export interface Money {
  norm: string;
  surface: string;
  start: number;
}

/** Currency mark ending right before token i: "$", "US $", "HK$", "Y=", "PS" (glued), "RM". */
export function currencyBefore(text: string, toks: Token[], i: number): Money | null {
  for (let j = Math.max(0, i - 3); j < i; j++) {
    const s = text.slice(toks[j].start, toks[i].start);
    const surface = s.trimEnd();
    if (s.length - surface.length > 1) continue;
    const norm = currencyOf(surface);
    if (!norm) continue;
    if (/^[A-Z][A-Za-z]?$/.test(surface) && toks[i].gap) continue;
    if (j > 0 && !toks[j].gap && toks[j - 1].kind === "word") continue;
    return { norm, surface, start: j };
  }
  return null;
}

/** Sign glued to the number: "-1.3%", "+0.2%", "minus-5", "minus 5". */
export function signBefore(toks: Token[], i: number): { sign: 1 | -1; start: number } | null {
  const t = toks[i - 1];
  if (t?.lower === "minus") return { sign: -1, start: i - 1 };
  if (!t || toks[i].gap) return null;
  if (t.text === "+" && (t.gap || i === 1)) return { sign: 1, start: i - 1 };
  if (t.text !== "-" && t.text !== "−") return null;
  const p = toks[i - 2];
  if (p && p.lower === "minus") return { sign: -1, start: i - 2 };
  if (!p || t.gap || p.text === "$" || p.text === "(") return { sign: -1, start: i - 1 };
  return null;
}
