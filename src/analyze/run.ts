import { EXTRACT_VERSION, extract } from "../extract/index.ts";
import { type IngestOptions, ingest } from "../ingest/index.ts";
import type { Article, Extraction, Message, Relation } from "../model/index.ts";
import { Context } from "../pipeline/context.ts";
import { ReuseIndex } from "../reuse/index.ts";
import type { Batch, Store } from "../store/index.ts";
import { emptyBatch } from "../store/index.ts";
import { StoryClusterer } from "../stories/index.ts";
import { type RawItem, toArticles } from "./articles.ts";
import { byPublication } from "./order.ts";
import { EXTRACT_VERSION_KEY, staleWarning } from "./refresh.ts";

export const STORY_STATE_KEY = "stories.clusterer";
/** Ids of the stories still open (held by the clusterer) after the last batch. */
export const OPEN_STORIES_KEY = "stories.open";

export interface Progress {
  phase: "read" | "analyze" | "write";
  done: number;
  total: number;
}

export interface AnalyzeOptions extends IngestOptions {
  /** Articles per transaction: memory and crash granularity. */
  batchSize?: number;
  onProgress?: (p: Progress) => void;
}

export interface AnalyzeResult {
  /** Ids of every article the inputs hold, new or already stored, in input order. */
  articleIds: string[];
  newIds: string[];
  messages: Message[];
}

/** The stages' in-memory state for one run, loaded from the store once. */
interface Engines {
  reuse: ReuseIndex;
  /** Texts of the batch in hand, until it is stored (the reuse stage may align against them). */
  unstored: Map<string, string>;
  stories: StoryClusterer;
  openStories: string[];
  /** Set when the stored extractions are another version's: new ones then do not mark the store current. */
  stale: Message | null;
}

/**
 * Rebuilds the stages' state. A store that reads synchronously hands the reuse stage stored texts on demand;
 * otherwise every stored text is loaded once, up front.
 */
async function loadEngines(store: Store): Promise<Engines> {
  const unstored = new Map<string, string>();
  const read = store.textSync?.bind(store);
  const reuse = new ReuseIndex(read ? { getText: (id) => unstored.get(id) ?? read(id) } : undefined);
  const states = await store.reuseStates();
  const texts =
    read || states.length === 0
      ? new Map<string, string>()
      : new Map((await store.articles({ ids: states.map((s) => s.id) })).map((a) => [a.id, a.text]));
  for (const s of states)
    reuse.importDoc(s.id, { outlet: s.outlet, publishedAt: s.publishedAt }, s.state, texts.get(s.id));
  const saved = await store.state(STORY_STATE_KEY);
  const stories = saved ? StoryClusterer.fromJSON(saved) : new StoryClusterer();
  const openStories = ((await store.state(OPEN_STORIES_KEY)) as string[] | null) ?? [];
  return { reuse, unstored, stories, openStories, stale: await staleWarning(store) };
}

/**
 * Ingests paths into the store and runs every stage over the new articles. Each batch of articles is written in
 * one transaction, so an interrupted run leaves whole batches or nothing.
 */
export async function analyzePaths(
  store: Store,
  paths: string[],
  opts: AnalyzeOptions = {},
): Promise<AnalyzeResult> {
  const result: AnalyzeResult = { articleIds: [], newIds: [], messages: [] };
  const engines = await loadEngines(store);
  if (engines.stale) result.messages.push(engines.stale);
  const size = opts.batchSize ?? 500;
  let pending: RawItem[] = [];
  let read = 0;
  for await (const item of ingest(paths, opts)) {
    if ("message" in item) {
      result.messages.push(item.message);
      continue;
    }
    pending.push({ ...item, ctx: new Context(item.raw.source) });
    read++;
    opts.onProgress?.({ phase: "read", done: read, total: 0 });
    if (pending.length >= size) {
      await runBatch(store, engines, pending, result, opts);
      pending = [];
    }
  }
  if (pending.length > 0) await runBatch(store, engines, pending, result, opts);
  return result;
}

async function runBatch(
  store: Store,
  engines: Engines,
  items: RawItem[],
  result: AnalyzeResult,
  opts: AnalyzeOptions,
) {
  const articles = toArticles(items);
  const known = await store.idsByHash(articles.map((a) => a.contentHash));
  const fresh: Article[] = [];
  const seen = new Map<string, string>();
  for (const a of articles) {
    const id = known.get(a.contentHash) ?? seen.get(a.contentHash);
    if (id) {
      result.articleIds.push(id);
      continue;
    }
    seen.set(a.contentHash, a.id);
    fresh.push(a);
    result.articleIds.push(a.id);
  }
  const batch = analyzeArticles(engines, byPublication(fresh), opts);
  for (const item of items) batch.messages.push(...item.ctx.messages);
  opts.onProgress?.({ phase: "write", done: 0, total: 1 });
  await store.commit(batch);
  engines.unstored.clear();
  result.newIds.push(...fresh.map((a) => a.id));
  result.messages.push(...batch.messages);
}

function analyzeArticles(engines: Engines, fresh: Article[], opts: AnalyzeOptions): Batch {
  const batch = emptyBatch();
  const extractions = new Map<string, Extraction>();
  fresh.forEach((a, i) => {
    const x = a.isArticle ? extract({ id: a.id, text: a.text, publishedAt: a.publishedAt }) : empty();
    extractions.set(a.id, x);
    batch.extractions.push({ articleId: a.id, extraction: x });
    opts.onProgress?.({ phase: "analyze", done: i + 1, total: fresh.length });
  });
  const derivedFrom = new Map<string, string>();
  for (const a of fresh) {
    if (!a.isArticle || a.text.trim() === "") continue;
    engines.unstored.set(a.id, a.text);
    const rels = engines.reuse.add({ id: a.id, text: a.text, outlet: a.outlet, publishedAt: a.publishedAt });
    batch.relations.push(...rels);
    batch.reuse.push({
      id: a.id,
      outlet: a.outlet,
      publishedAt: a.publishedAt,
      state: engines.reuse.exportDoc(a.id),
    });
    for (const r of rels) noteDerivation(r, derivedFrom);
  }
  for (const a of fresh) {
    if (!a.isArticle) continue;
    const entities = (extractions.get(a.id)?.entities ?? []).map((e) => ({ kind: e.kind, name: e.name }));
    engines.stories.add({ ...a, derivedFrom: derivedFrom.get(a.id) ?? null, entities });
  }
  writeStories(engines, batch);
  batch.articles = fresh;
  batch.state.push({ key: STORY_STATE_KEY, value: engines.stories.toJSON() });
  if (engines.stale === null) batch.state.push({ key: EXTRACT_VERSION_KEY, value: EXTRACT_VERSION });
  return batch;
}

/**
 * Stories closed by the time window are handed to the store for good (the clusterer forgets them); open ones
 * are rewritten every batch, since merges and splits may have changed them; stored open stories that no
 * longer exist (merged away) are removed.
 */
function writeStories(engines: Engines, batch: Batch): void {
  const closed = engines.stories.takeClosed();
  const open = engines.stories.stories();
  const now = new Set([...closed, ...open].map((s) => s.id));
  batch.stories = [...closed, ...open];
  batch.removedStories = engines.openStories.filter((id) => !now.has(id));
  engines.openStories = open.map((s) => s.id);
  batch.state.push({ key: OPEN_STORIES_KEY, value: engines.openStories });
}

function noteDerivation(r: Relation, derivedFrom: Map<string, string>): void {
  if (!r.derived) return;
  const original = r.derived === r.a ? r.b : r.a;
  if (!derivedFrom.has(r.derived)) derivedFrom.set(r.derived, original);
}

function empty(): Extraction {
  return { quotes: [], claims: [], entities: [], events: [] };
}
