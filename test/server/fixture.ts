import type { Article, Claim, Extraction, Quote, Relation, Story } from "../../src/model/index.ts";
import { type Batch, emptyBatch, type Store } from "../../src/store/index.ts";

/** A small fictional story (the Orrin Bridge closure) written straight into a store, bypassing the stages. */
export const ORIGINAL =
  'The Orrin Bridge in Tallow was closed on Tuesday after inspectors found cracks in two piers. "We cannot risk a single car on it," said Mara Voss, the city engineer. Officials said 3,000 commuters use the bridge every day.';
export const SPUN =
  'The Orrin Bridge in Tallow was shut on Tuesday after examiners located fractures in two piers. "We cannot gamble a single automobile on it," stated Mara Voss, the city engineer. Officials said 3,000 commuters use the bridge every day.';
export const RADIO =
  'Inspectors closed the Orrin Bridge on Tuesday. Mara Voss, the city engineer, said: "We cannot risk a single car on it." The transport office said 4,500 commuters cross it daily.';
export const HOSTILE_TITLE = '<img src=x onerror="window.__pwned=1">Bridge <script>window.__pwned=2</script>';
export const HOSTILE_TEXT =
  'Tallow bridge closure: <script>window.__pwned=3</script> readers report <img src=x onerror="window.__pwned=4"> delays. "Nobody told us," said Pia Lund.';

export const IDS = {
  original: "gazette-1",
  reprint: "coast-1",
  spun: "buzz-1",
  radio: "radio-1",
  hostile: "evil-1",
};

function article(id: string, outlet: string, title: string, publishedAt: string, text: string): Article {
  return {
    id,
    source: `fixture/${id}.txt`,
    outlet,
    title,
    author: null,
    publishedAt,
    modifiedAt: null,
    url: null,
    language: "en",
    text,
    removed: [],
    contentHash: `hash-${id}`,
    isArticle: true,
  };
}

function quote(articleId: string, text: string, full: string, speaker: string, n: number): Quote {
  const start = full.indexOf(text);
  return {
    id: `${articleId}-q${n}`,
    articleId,
    kind: "direct",
    text,
    span: [start, start + text.length],
    speaker: { name: speaker, title: "city engineer", mention: speaker, span: null },
    cue: null,
    group: null,
    altered: false,
  };
}

function claim(articleId: string, full: string, words: string, value: number, claimant: string): Claim {
  const start = full.indexOf(words);
  return {
    id: `${articleId}-c1`,
    articleId,
    value,
    valueMax: null,
    qualifier: "exact",
    unit: null,
    what: "commuters",
    claimant,
    when: "Tuesday",
    span: [start, start + words.length],
    group: null,
  };
}

function extraction(quotes: Quote[], claims: Claim[]): Extraction {
  return { quotes, claims, entities: [], events: [] };
}

const whole = (t: string): [number, number] => [0, t.length];

export function fixtureBatch(): Batch {
  const b = emptyBatch();
  b.articles = [
    article(
      IDS.original,
      "Lindqvist Gazette",
      "Orrin Bridge closed after cracks found",
      "2026-04-14T08:00:00Z",
      ORIGINAL,
    ),
    article(
      IDS.reprint,
      "Coastline Daily",
      "Orrin Bridge closed after cracks found",
      "2026-04-14T09:30:00Z",
      ORIGINAL,
    ),
    article(IDS.spun, "Buzzwire", "Orrin Bridge shut after fractures located", "2026-04-14T11:00:00Z", SPUN),
    article(IDS.radio, "Tallow Radio", "Inspectors close Orrin Bridge", "2026-04-14T12:00:00Z", RADIO),
    article(IDS.hostile, "<b>Evil</b> Outlet", HOSTILE_TITLE, "2026-04-15T07:00:00Z", HOSTILE_TEXT),
  ];
  const q = '"We cannot risk a single car on it,"'.slice(1, -2);
  b.extractions = [
    {
      articleId: IDS.original,
      extraction: extraction(
        [quote(IDS.original, q, ORIGINAL, "Mara Voss", 1)],
        [claim(IDS.original, ORIGINAL, "3,000 commuters", 3000, "officials")],
      ),
    },
    {
      articleId: IDS.reprint,
      extraction: extraction(
        [quote(IDS.reprint, q, ORIGINAL, "Mara Voss", 1)],
        [claim(IDS.reprint, ORIGINAL, "3,000 commuters", 3000, "officials")],
      ),
    },
    {
      articleId: IDS.spun,
      extraction: extraction(
        [quote(IDS.spun, "We cannot gamble a single automobile on it", SPUN, "Mara Voss", 1)],
        [claim(IDS.spun, SPUN, "3,000 commuters", 3000, "officials")],
      ),
    },
    {
      articleId: IDS.radio,
      extraction: extraction(
        [quote(IDS.radio, q, RADIO, "Mara Voss", 1)],
        [claim(IDS.radio, RADIO, "4,500 commuters", 4500, "transport office")],
      ),
    },
    { articleId: IDS.hostile, extraction: extraction([], []) },
  ];
  const rel = (a: string, c: string, kind: Relation["kind"], passages: Relation["passages"]): Relation => ({
    a,
    b: c,
    kind,
    derived: c,
    score: kind === "duplicate" ? 1 : 0.62,
    passages,
  });
  const sentences = (t: string) =>
    [...t.matchAll(/[^.]+\./g)].map((m) => [m.index, m.index + m[0].length] as [number, number]);
  const so = sentences(ORIGINAL);
  const ss = sentences(SPUN);
  b.relations = [
    rel(IDS.original, IDS.reprint, "duplicate", [{ a: whole(ORIGINAL), b: whole(ORIGINAL) }]),
    rel(
      IDS.original,
      IDS.spun,
      "spin",
      so.map((s, i) => ({ a: s, b: ss[i] })),
    ),
  ];
  const story: Story = {
    id: "story-orrin",
    title: "Orrin Bridge closed after cracks found",
    articleIds: [IDS.original, IDS.reprint, IDS.spun, IDS.radio, IDS.hostile],
    start: "2026-04-14T08:00:00Z",
    end: "2026-04-15T07:00:00Z",
    outlets: ["Lindqvist Gazette", "Coastline Daily", "Buzzwire", "Tallow Radio", "<b>Evil</b> Outlet"],
    people: ["Mara Voss"],
    places: ["Tallow"],
    organizations: [],
    mergedFrom: [],
  };
  const other: Story = {
    id: "story-other",
    title: "Harvest fair opens in Brell",
    articleIds: [],
    start: "2026-01-03T00:00:00Z",
    end: "2026-01-03T00:00:00Z",
    outlets: ["Brell Weekly"],
    people: [],
    places: [],
    organizations: [],
    mergedFrom: [],
  };
  b.stories = [story, other];
  return b;
}

export async function fillFixture(store: Store): Promise<void> {
  await store.commit(fixtureBatch());
}
