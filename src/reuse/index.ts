import type { Relation } from "../model/index.ts";
import type { ReuseOptions } from "./options.ts";
import { type ReuseDoc, ReuseIndex } from "./reuse-index.ts";

export { align } from "./align.ts";
export { DEFAULT_KINDS, type KindThresholds } from "./classify.ts";
export { areSynonyms } from "./morph.ts";
export type { ReuseOptions } from "./options.ts";
export { type ReuseDoc, ReuseIndex } from "./reuse-index.ts";

/** Relations among a batch of documents, each document compared with those before it. */
export function detectReuse(docs: ReuseDoc[], opts?: ReuseOptions): Relation[] {
  const index = new ReuseIndex({ expectedDocs: docs.length, ...opts });
  const out: Relation[] = [];
  for (const d of docs) out.push(...index.add(d));
  return out;
}
