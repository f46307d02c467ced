import type { Token } from "./tokens.ts";

/** For each token, the index of the first word of its sentence (leading quotes and brackets skipped). */
export function sentenceStarts(text: string, toks: Token[]): Int32Array {
  const out = new Int32Array(toks.length);
  let s = 0;
  let fresh = true;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (i > 0 && text.slice(toks[i - 1].end, t.start).includes("\n")) {
      s = i;
      fresh = true;
    }
    if (fresh && t.kind === "punct" && !/[-+$£€¥~(]/.test(t.text)) s = i + 1;
    else fresh = false;
    out[i] = s;
    const n = toks[i + 1];
    if (
      (t.text === "." || t.text === "!" || t.text === "?") &&
      n &&
      n.gap &&
      /^[\p{Lu}"“‘'(\d]/u.test(n.text)
    ) {
      s = i + 1;
      fresh = true;
    }
  }
  return out;
}
