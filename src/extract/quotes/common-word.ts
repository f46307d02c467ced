/** Whether a sentence-initial capitalised word is a common word rather than a name ("Walking", "Inside"). */
import type { Doc } from "../text/doc.ts";

interface Vocab {
  lower: Set<string>;
  capsInside: Set<string>;
}
const cache = new WeakMap<Doc, Vocab>();

function vocab(doc: Doc): Vocab {
  let v = cache.get(doc);
  if (v) return v;
  const { raw, lower } = doc.tk;
  v = { lower: new Set(), capsInside: new Set() };
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i].charCodeAt(0);
    if (c >= 97 && c <= 122) v.lower.add(raw[i]);
    else if (c >= 65 && c <= 90 && i > doc.sents[doc.sentOf[i]].first && /^[\w,]/.test(raw[i - 1]))
      v.capsInside.add(lower[i]);
  }
  cache.set(doc, v);
  return v;
}

/** Token `i` is written in lower case elsewhere in the article and never capitalised inside a sentence. */
export function commonWord(doc: Doc, i: number): boolean {
  const v = vocab(doc);
  const w = doc.tk.lower[i];
  return v.lower.has(w) && !v.capsInside.has(w);
}
