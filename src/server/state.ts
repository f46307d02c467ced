import { gzipSync } from "node:zlib";
import { loadReport } from "../analyze/report.ts";
import type { Brief } from "../crosscheck/index.ts";
import type { Story } from "../model/index.ts";
import type { Report } from "../report/json.ts";
import type { Store } from "../store/index.ts";
import { comparePartners, type StorySummary, summarize } from "./summary.ts";

export type { StorySummary };

/** How often the store is asked whether another process added articles. */
const CHECK_MS = 500;

/** One story cross-checked: its report (quotes and claims with groups filled), brief and serialized page. */
export interface StoryData {
  report: Report;
  brief: Brief;
  summary: StorySummary;
  json: string;
  gzip: Buffer;
}

/** The stored stories at one version of the store, with lazily computed, memoized story pages. */
export interface View {
  version: string;
  stories: Story[];
  byId: Map<string, Story>;
  storyOf: Map<string, string>;
  pages: Map<string, Promise<StoryData>>;
}

/**
 * Caches what the store knows, keyed by its article count (articles only ever get added, and stories,
 * relations and extractions change only with them), so the same store read by the CLI stays fresh here.
 */
export class StoreView {
  private view: View | null = null;
  private loading: { version: string; view: Promise<View> } | null = null;
  private local = 0;
  private checkedAt = 0;

  constructor(readonly store: Store) {}

  /** Forget everything (after this server wrote to the store). */
  invalidate(): void {
    this.local++;
    this.view = null;
    this.loading = null;
    this.checkedAt = 0;
  }

  /** Computes the pages of the given stories (default: the largest) in the background, one at a time. */
  async warm(ids?: string[], max = 20): Promise<void> {
    const v = await this.current();
    const wanted = (ids ?? v.stories.map((s) => s.id)).slice(0, max);
    for (const id of wanted) {
      await new Promise((r) => setImmediate(r));
      await this.page(v, id).catch(() => null);
    }
  }

  async current(): Promise<View> {
    const now = Date.now();
    if (this.view && now - this.checkedAt < CHECK_MS) return this.view;
    const local = this.local;
    const version = `${await this.store.articleCount()}.${local}`;
    if (this.view?.version !== version) {
      if (this.loading?.version !== version) this.loading = { version, view: this.load(version) };
      const v = await this.loading.view;
      if (this.local !== local) return v;
      this.view = v;
    }
    this.checkedAt = now;
    return this.view;
  }

  private async load(version: string): Promise<View> {
    const stories = (await this.store.stories()).sort(
      (a, b) => b.articleIds.length - a.articleIds.length || (b.end ?? "").localeCompare(a.end ?? ""),
    );
    const storyOf = new Map<string, string>();
    for (const s of stories) for (const id of s.articleIds) storyOf.set(id, s.id);
    return { version, stories, byId: new Map(stories.map((s) => [s.id, s])), storyOf, pages: new Map() };
  }

  /** The cross-checked page of one story (computed once per store version). */
  async page(view: View, id: string): Promise<StoryData | null> {
    const story = view.byId.get(id);
    if (!story) return null;
    let p = view.pages.get(id);
    if (!p) {
      p = this.compute(story);
      view.pages.set(id, p);
      p.catch(() => view.pages.delete(id));
    }
    return p;
  }

  private async compute(story: Story): Promise<StoryData> {
    const report = await loadReport(this.store, { storyIds: [story.id] });
    const brief = (report.briefs as Brief[]).find((b) => b.storyId === story.id);
    if (!brief) throw new Error(`no brief for story ${story.id}`);
    const summary = summarize(story, brief);
    const partner = comparePartners(report.relations);
    const articles = report.articles.map((a) => ({
      id: a.id,
      outlet: a.outlet,
      title: a.title,
      publishedAt: a.publishedAt,
      url: a.url,
      compareWith: partner.get(a.id) ?? null,
    }));
    const json = JSON.stringify({ story: summary, brief, articles });
    return { report, brief, summary, json, gzip: gzipSync(json) };
  }
}
