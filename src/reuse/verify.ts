import { hash3 as hash3Imported } from "./hash.ts";
import { CHROME, QUOTED, type Tokens } from "./tokenize.ts";

/** Local bindings: imported ones compile to getters under tsx, slow in hot loops. */
const hash3 = hash3Imported;

/**
 * Sorted, de-duplicated hashes of the word 3-grams that count as evidence of reuse: no token inside a
 * quotation (independent reports share quotes) or on a chrome line. Falls back to all 3-grams when a
 * text is mostly quotes.
 */
export function evidenceSet(t: Tokens): Uint32Array {
  const n = t.n;
  const out = new Uint32Array(Math.max(n - 2, 0));
  let k = 0;
  const skip = CHROME | QUOTED;
  for (let i = 2; i < n; i++) {
    if ((t.flags[i - 2] | t.flags[i - 1] | t.flags[i]) & skip) continue;
    out[k++] = hash3(t.hash[i - 2], t.hash[i - 1], t.hash[i]);
  }
  if (k < 20) {
    k = 0;
    for (let i = 2; i < n; i++) out[k++] = hash3(t.hash[i - 2], t.hash[i - 1], t.hash[i]);
  }
  const s = out.subarray(0, k).sort();
  let u = 0;
  for (let i = 0; i < k; i++) if (i === 0 || s[i] !== s[i - 1]) s[u++] = s[i];
  return s.slice(0, u);
}

/** Size of the intersection of two sorted sets. */
export function intersectSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let c = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      c++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return c;
}

/** Exact containment (of the smaller set) and resemblance (Jaccard) of two sorted sets. */
export function overlap(a: Uint32Array, b: Uint32Array): { containment: number; resemblance: number } {
  const inter = intersectSize(a, b);
  const small = Math.min(a.length, b.length);
  const union = a.length + b.length - inter;
  return { containment: small ? inter / small : 0, resemblance: union ? inter / union : 0 };
}
