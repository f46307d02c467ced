/** One article as the stories stage sees it. */
export interface StoryInput {
  id: string;
  title: string | null;
  text: string;
  publishedAt: string | null;
  outlet: string | null;
  /** id of the article this one is a copy/version of, from the reuse stage, if any: it joins that article's story */
  derivedFrom?: string | null;
  /** optional entities from the extract stage; when absent the stage finds names itself */
  entities?: { kind: "person" | "organization" | "place"; name: string }[];
}

export interface StoryOptions {
  /** Stories with no article for this many days (by publication time) are closed. Default 7. */
  windowDays?: number;
  /** Without dates, stories are closed after this many later articles. Default 5000. */
  windowArticles?: number;
  /** Minimum similarity for an article to join a story. */
  threshold?: number;
  /** Minimum similarity between two stories for them to be merged. */
  mergeThreshold?: number;
  /** Similarity halves for every this many days between an article and a story's time range. Default 3. */
  halfLifeDays?: number;
  /** Weight of names (people, places, organisations) against plain words. */
  nameWeight?: number;
  /** Weight of month-level dates written in the text. */
  dateWeight?: number;
  /** Weight of numbers (counts, magnitudes, years) against plain words. */
  numberWeight?: number;
  /** Weight of title words (added to their weight in the body). */
  titleWeight?: number;
  /** 0: similarity to the story's centroid; 1: average similarity to its articles; between: a blend. */
  link?: number;
  /** Documents the IDF pretends to have seen before the stream (keeps a cold start from calling every shared word common). */
  idfPrior?: number;
  /**
   * Start the IDF from a general English corpus's document frequencies (the Brown Corpus, shipped as a
   * table), so a young stream already knows which words are common. Default true.
   */
  backgroundIdf?: boolean;
  /**
   * A story is split in two when its articles fall in two groups whose similarity to each other is below
   * this fraction of their similarity within (words all its articles share weigh less). 0: never split.
   */
  splitRatio?: number;
  /** How many candidate stories are scored in full for each article. Default 20. */
  candidates?: number;
}

export type ResolvedOptions = Required<StoryOptions>;

export const DEFAULTS: ResolvedOptions = {
  windowDays: 7,
  windowArticles: 5000,
  threshold: 0.2,
  mergeThreshold: 0.4,
  halfLifeDays: 3,
  nameWeight: 2,
  dateWeight: 4,
  numberWeight: 4,
  titleWeight: 1,
  candidates: 20,
  idfPrior: 0,
  backgroundIdf: true,
  link: 0,
  splitRatio: 0.33,
};

export function resolve(opts: StoryOptions | undefined): ResolvedOptions {
  const out = { ...DEFAULTS };
  for (const [k, v] of Object.entries(opts ?? {}))
    if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
