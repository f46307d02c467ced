import type { Token } from "./tokens.ts";
import type { Quantity } from "./types.ts";
import { TIME_UNITS } from "./units.ts";

/** "thirteen dollars and forty-five cents" is one amount, 13.45 dollars. */
export function joinCents(toks: Token[], qs: Quantity[]): void {
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
export function inherit(toks: Token[], sent: Int32Array, qs: Quantity[]): void {
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
