import { EXTRACT_VERSION, extract } from "../extract/index.ts";
import type { Message } from "../model/index.ts";
import type { Store } from "../store/index.ts";
import { emptyBatch } from "../store/index.ts";
import type { Progress } from "./run.ts";

/** State key of the extractor version the stored extractions were made with. */
export const EXTRACT_VERSION_KEY = "extract.version";

/** A warning when the store holds extractions made by another extractor version, else null. */
export async function staleWarning(store: Store): Promise<Message | null> {
  const stored = await store.state(EXTRACT_VERSION_KEY);
  if (stored === EXTRACT_VERSION || (await store.articleCount()) === 0) return null;
  return {
    level: "warning",
    source: "store",
    line: null,
    stage: "extract",
    message: `stored articles were extracted by ${stored === null ? "an older" : `version ${stored} of the`} extractors (now ${EXTRACT_VERSION}): run \`newsfuse refresh\` to redo their quotes, claims, entities and events`,
  };
}

/**
 * Extracts every stored article again with the current extractors, one transaction per batch, and records
 * the version once all are done (an interrupted refresh is simply run again).
 */
export async function refreshExtractions(
  store: Store,
  opts: { batchSize?: number; onProgress?: (p: Progress) => void } = {},
): Promise<number> {
  const size = opts.batchSize ?? 500;
  const total = await store.articleCount();
  let done = 0;
  for (let offset = 0; offset < total; offset += size) {
    const batch = emptyBatch();
    for (const a of await store.articles({ limit: size, offset })) {
      if (a.isArticle) batch.extractions.push({ articleId: a.id, extraction: extract(a) });
      done++;
      opts.onProgress?.({ phase: "analyze", done, total });
    }
    await store.commit(batch);
  }
  const last = emptyBatch();
  last.state.push({ key: EXTRACT_VERSION_KEY, value: EXTRACT_VERSION });
  await store.commit(last);
  return done;
}
