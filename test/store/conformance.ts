import assert from "node:assert/strict";
import { test } from "node:test";
import type { Article, Relation, Story } from "../../src/model/index.ts";
import { type Batch, emptyBatch, type Store } from "../../src/store/index.ts";

/** A backend under test: a fresh, empty store each call; `reopen` gives a second handle on the same data. */
export interface Backend {
  name: string;
  fresh(): Promise<{ store: Store; reopen?: () => Promise<Store> }>;
  /** Behaviours this backend cannot offer, with the reason; those tests are skipped. */
  skip?: Record<string, string>;
}

export function article(id: string, text: string, extra: Partial<Article> = {}): Article {
  return {
    id,
    source: `${id}.txt`,
    outlet: "Test Gazette",
    title: `Title ${id}`,
    author: null,
    publishedAt: "2026-01-02T03:04:05.000Z",
    modifiedAt: null,
    url: null,
    language: "en",
    text,
    removed: ["Share this"],
    contentHash: `hash-${id}`,
    isArticle: true,
    ...extra,
  };
}

const relation: Relation = {
  a: "a1",
  b: "a2",
  kind: "duplicate",
  derived: "a2",
  score: 0.99,
  passages: [{ a: [0, 10], b: [2, 12] }],
};
const story: Story = {
  id: "s1",
  title: "Harbour fire",
  articleIds: ["a1", "a2"],
  start: null,
  end: null,
  outlets: ["Test Gazette"],
  people: [],
  places: ["Calvora"],
  organizations: [],
  mergedFrom: [],
};

function batch(parts: Partial<Batch>): Batch {
  return { ...emptyBatch(), ...parts };
}

/** Every Store backend must pass these. */
export function runStoreConformance(backend: Backend): void {
  const it = (name: string, fn: () => Promise<void>) =>
    test(`${backend.name}: ${name}`, { skip: backend.skip?.[name] ?? false }, fn);

  it("starts empty at the latest schema version", async () => {
    const { store } = await backend.fresh();
    assert.ok((await store.schemaVersion()) >= 1);
    assert.equal(await store.articleCount(), 0);
    assert.deepEqual(await store.stories(), []);
    await store.close();
  });

  it("round-trips articles, extractions, relations, stories and state", async () => {
    const { store } = await backend.fresh();
    const a1 = article("a1", "The harbour fire burned for six hours.");
    const a2 = article("a2", "Fire crews fought the harbour blaze all night.", { outlet: "Other Post" });
    const extraction = { quotes: [], claims: [], entities: [], events: [] };
    await store.commit(
      batch({
        articles: [a1, a2],
        extractions: [{ articleId: "a1", extraction }],
        reuse: [
          { id: "a1", outlet: a1.outlet, publishedAt: a1.publishedAt, state: new Uint8Array([1, 2, 3]) },
        ],
        relations: [relation],
        stories: [story],
        state: [{ key: "k", value: { n: 1 } }],
      }),
    );
    assert.deepEqual(await store.articles({ ids: ["a2", "a1"] }), [a2, a1]);
    assert.deepEqual(await store.articles({ outlet: "Other Post" }), [a2]);
    assert.deepEqual((await store.extractions(["a1"])).get("a1"), extraction);
    assert.deepEqual(await store.relations(["a2"]), [relation]);
    assert.deepEqual([...(await store.reuseStates())[0].state], [1, 2, 3]);
    assert.deepEqual(await store.stories(), [story]);
    assert.deepEqual(await store.state("k"), { n: 1 });
    assert.equal(await store.state("missing"), null);
    await store.close();
  });

  it("stores the same content once", async () => {
    const { store } = await backend.fresh();
    await store.commit(batch({ articles: [article("a1", "Text one.")] }));
    await store.commit(batch({ articles: [article("a1", "Text one.")] }));
    assert.equal(await store.articleCount(), 1);
    assert.deepEqual(await store.idsByHash(["hash-a1", "hash-zz"]), new Map([["hash-a1", "a1"]]));
    await store.close();
  });

  it("replaces merged stories", async () => {
    const { store } = await backend.fresh();
    await store.commit(batch({ stories: [story, { ...story, id: "s2", articleIds: ["a3"] }] }));
    await store.commit(
      batch({ stories: [{ ...story, articleIds: ["a1", "a2", "a3"] }], removedStories: ["s2"] }),
    );
    const stories = await store.stories();
    assert.deepEqual(
      stories.map((s) => [s.id, s.articleIds.length]),
      [["s1", 3]],
    );
    await store.close();
  });

  it("finds articles by full-text search", async () => {
    const { store } = await backend.fresh();
    await store.commit(
      batch({ articles: [article("a1", "Ferry crews walked out."), article("a2", "The dam gave way.")] }),
    );
    assert.deepEqual(await store.search("dam"), ["a2"]);
    assert.deepEqual(await store.search("ferry crews"), ["a1"]);
    assert.deepEqual(await store.search("***"), []);
    await store.close();
  });

  it("leaves the previous state intact when a batch fails midway", async () => {
    const { store, reopen } = await backend.fresh();
    await store.commit(batch({ articles: [article("a1", "Kept.")] }));
    const bad = batch({
      articles: [article("a2", "Would be new.")],
      // a non-serializable state value makes the write throw after the article rows were inserted
      state: [
        {
          key: "bad",
          value: {
            toJSON: () => {
              throw new Error("boom");
            },
          },
        },
      ],
    });
    await assert.rejects(store.commit(bad), /boom/);
    const check = reopen ? await reopen() : store;
    assert.equal(await check.articleCount(), 1);
    assert.deepEqual(
      (await check.articles()).map((a) => a.id),
      ["a1"],
    );
    if (check !== store) await check.close();
    await store.close();
  });
}
