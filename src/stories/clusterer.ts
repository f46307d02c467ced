import type { Story } from "../model/index.ts";
import { defaultBackground } from "./background.ts";
import { featuresOf } from "./features.ts";
import { Idf } from "./idf.ts";
import { type ResolvedOptions, resolve, type StoryInput, type StoryOptions } from "./input.ts";
import { headline, mergeInto, tally } from "./merge.ts";
import {
  assertState,
  type ClustererState,
  idfFromState,
  idfToState,
  recordFromState,
  recordToState,
} from "./persist.ts";
import { Postings } from "./postings.ts";
import { addVector, clear, type Member, newRecord, prune, type StoryRecord, widen } from "./record.ts";
import { leaveOneOut } from "./refine.ts";
import { findSplit } from "./split.ts";
import { toStory } from "./summary.ts";
import { decay, dotIdf, dotWeighted, normIdf, topTerms, unitRaw, type Weighted, weighted } from "./vector.ts";

const KEYS = 12;
const MAX_TERMS = 300;
/** Stories keep their articles' vectors (to be split) up to this size. */
const MAX_MEMBERS = 48;
const DAY = 86_400_000;
/** Articles are reconsidered in batches of this many (and before any read). */
const REFINE_EVERY = 1000;
const REFINE_PASSES = 2;
/** Stories an article is compared with when reconsidered (its best ones by shared key terms). */
const REFINE_CANDIDATES = 5;

/** Assigns a stream of articles (in publication order) to stories, one at a time. */
export class StoryClusterer {
  readonly opts: ResolvedOptions;
  private idf: Idf;
  private records = new Map<string, StoryRecord>();
  /** article id -> id of the story it was last put in (follow `alias` for merges) */
  private articles = new Map<string, string>();
  /** merged story id -> the story it went into */
  private alias = new Map<string, string>();
  private postings = new Postings();
  /** stories still open to new articles */
  private live = new Set<StoryRecord>();
  private seq = 0;
  /** articles not yet reconsidered (see `refine`) */
  private pending: Member[] = [];
  /** latest publication time seen */
  private clock: number | null = null;

  private weight = (h: number) => this.idf.weight(h);

  constructor(opts?: StoryOptions) {
    this.opts = resolve(opts);
    this.idf = new Idf(this.opts.idfPrior, this.opts.backgroundIdf ? defaultBackground() : null);
  }

  /** Assign one article; returns its story id and any merges this caused. */
  add(a: StoryInput): { storyId: string; merged: { from: string; into: string }[] } {
    const known = this.lookup(a.id);
    if (known) return { storyId: known, merged: [] };
    this.seq++;
    const f = featuresOf(a, {
      word: 1,
      name: this.opts.nameWeight,
      date: this.opts.dateWeight,
      number: this.opts.numberWeight,
      title: this.opts.titleWeight,
    });
    this.idf.observe(f.terms.keys());
    const vec = unitRaw(f.terms, this.idf);
    const m: Member = {
      id: a.id,
      seq: this.seq,
      u: vec,
      time: f.time,
      outlet: a.outlet,
      title: a.title?.trim() || headline(a.text),
      titled: !!a.title?.trim(),
      names: f.names,
      derived: !!a.derivedFrom,
    };
    const story = this.origin(a) ?? this.best(vec, f.time) ?? this.open(a.id, this.seq);
    this.join(story, m);
    const merged = this.mergeAround(story);
    const now = this.records.get(this.resolveId(story.id));
    if (now) this.maybeSplit(now);
    this.pending.push(m);
    if (this.pending.length >= REFINE_EVERY) this.refine();
    this.advance(f.time);
    return { storyId: this.lookup(a.id) ?? story.id, merged };
  }

  /** The story an article is in now (articles may still move once, see `refine`). */
  storyOf(articleId: string): string | null {
    this.refine();
    return this.lookup(articleId);
  }

  private lookup(articleId: string): string | null {
    const id = this.articles.get(articleId);
    return id === undefined ? null : this.resolveId(id);
  }

  toJSON(): ClustererState {
    this.refine();
    return {
      version: 1,
      seq: this.seq,
      clock: this.clock,
      idf: idfToState(this.idf),
      records: [...this.records.values()].map(recordToState),
      articles: [...this.articles],
      alias: [...this.alias],
    };
  }

  static fromJSON(state: unknown, opts?: StoryOptions): StoryClusterer {
    assertState(state);
    const c = new StoryClusterer(opts);
    c.seq = state.seq;
    c.clock = state.clock;
    idfFromState(c.idf, state.idf);
    for (const r of state.records.map(recordFromState)) {
      c.records.set(r.id, r);
      if (!r.closed) {
        c.live.add(r);
        c.postings.set(r, r.keys);
      }
    }
    c.articles = new Map(state.articles);
    c.alias = new Map(state.alias);
    return c;
  }

  stories(): Story[] {
    this.refine();
    return [...this.records.values()].map(toStory);
  }

  /**
   * Hands over the closed stories and forgets them (their articles then map to no story here): for a
   * caller that persists closed stories, so memory stays flat over an endless stream.
   */
  takeClosed(): Story[] {
    this.refine();
    const out: Story[] = [];
    for (const r of this.records.values()) {
      if (!r.closed) continue;
      out.push(toStory(r));
      this.records.delete(r.id);
      for (const a of r.articleIds) this.articles.delete(a);
      for (const m of r.mergedFrom) this.alias.delete(m.id);
    }
    return out;
  }

  private resolveId(id: string): string {
    let cur = id;
    for (let next = this.alias.get(cur); next !== undefined; next = this.alias.get(cur)) cur = next;
    return cur;
  }

  private origin(a: StoryInput): StoryRecord | null {
    const id = a.derivedFrom ? this.lookup(a.derivedFrom) : null;
    const s = id ? this.records.get(id) : undefined;
    return s && !s.closed ? s : null;
  }

  private score(vec: Weighted, time: number | null, s: StoryRecord): number {
    const cos = dotWeighted(vec, s.centroid) / this.scale(s);
    return cos * decay(time, s.start, s.end, this.opts.halfLifeDays);
  }

  /** Centroid length (cosine to the centroid) or member count (average link), or a blend. */
  private scale(s: StoryRecord): number {
    const a = this.opts.link;
    return Math.max(s.articleIds.length, 1) ** a * this.norm(s) ** (1 - a);
  }

  /**
   * The centroid's length under the current IDF: exact for the first 2,000 articles, then cached until
   * the story changes or the stream grows by 2%.
   */
  private norm(s: StoryRecord): number {
    const n = this.idf.n;
    if (s.normAt < 0 || (n !== s.normAt && (n < 2000 || n > s.normAt * 1.02))) {
      s.norm = normIdf(s.centroid, this.idf) || 1;
      s.normAt = this.idf.n;
    }
    return s.norm;
  }

  private best(vec: Map<number, number>, time: number | null): StoryRecord | null {
    let top: StoryRecord | null = null;
    let topScore = this.opts.threshold;
    const w = weighted(vec, this.idf);
    for (const s of this.postings.candidates(vec, this.opts.candidates, this.weight)) {
      const sc = this.score(w, time, s);
      if (sc >= topScore) [top, topScore] = [s, sc];
    }
    return top;
  }

  /** A new story named after its first article (with a suffix if an article that moved already names one). */
  private open(articleId: string, seq: number): StoryRecord {
    let id = `story-${articleId}`;
    for (let k = 2; this.records.has(id); k++) id = `story-${articleId}-${k}`;
    const s = newRecord(id, seq);
    this.alias.delete(s.id);
    this.records.set(s.id, s);
    this.live.add(s);
    return s;
  }

  private join(s: StoryRecord, m: Member): void {
    s.articleIds.push(m.id);
    this.articles.set(m.id, s.id);
    addVector(s, m.u);
    prune(s, MAX_TERMS, this.idf);
    widen(s, m.time);
    s.lastSeq = Math.max(s.lastSeq, m.seq);
    tally(s, m);
    s.members?.push(m);
    if (s.members && s.members.length > MAX_MEMBERS) s.members = null;
    this.postings.set(s, topTerms(s.centroid, KEYS, this.idf));
  }

  /**
   * Reconsiders the articles added since the last call (k-means style): each one moves to the open
   * story it is now most like, when that beats its own story without it. A second pass goes over the
   * articles whose story gained or lost one. Copies stay put.
   */
  private refine(): void {
    if (this.pending.length === 0) return;
    let batch = this.pending;
    this.pending = [];
    for (let pass = 0; pass < REFINE_PASSES && batch.length > 0; pass++) {
      const touched = new Set<string>();
      for (const m of batch) for (const id of this.reconsider(m)) touched.add(id);
      batch = batch.filter((m) => touched.has(this.lookup(m.id) ?? ""));
    }
  }

  /** Returns the ids of the two stories when the article moved, else nothing. */
  private reconsider(m: Member): string[] {
    const id = this.articles.get(m.id);
    const own = id === undefined ? undefined : this.records.get(this.resolveId(id));
    if (!own || own.closed || !own.members || m.derived) return [];
    let top: StoryRecord | null = null;
    let topScore = Math.max(this.opts.threshold, leaveOneOut(m, own, this.norm(own), this.idf));
    const w = weighted(m.u, this.idf);
    for (const s of this.postings.candidates(m.u, REFINE_CANDIDATES, this.weight)) {
      if (s === own) continue;
      const sc = this.score(w, m.time, s);
      if (sc > topScore) [top, topScore] = [s, sc];
    }
    if (!top) return [];
    this.move(m, own, top);
    return [this.resolveId(own.id), this.resolveId(top.id)];
  }

  /** Moves a member between stories; a story left empty becomes an alias of the one it went to. */
  private move(m: Member, from: StoryRecord, to: StoryRecord): void {
    const rest = (from.members ?? []).filter((x) => x !== m).sort((a, b) => a.seq - b.seq);
    clear(from);
    for (const x of rest) this.join(from, x);
    this.join(to, m);
    if (rest.length === 0) {
      this.postings.remove(from);
      this.records.delete(from.id);
      this.live.delete(from);
      this.alias.set(from.id, to.id);
    }
  }

  /** At sizes 8, 12, 18, ... checks whether a story holds two events, and if so splits one off. */
  private maybeSplit(s: StoryRecord): void {
    const n = s.articleIds.length;
    if (!s.members || n < s.nextCheck || this.opts.splitRatio <= 0) return;
    s.nextCheck = Math.ceil(n * 1.5);
    const part = findSplit(
      s.members.map((m) => m.u),
      this.idf,
      this.opts.splitRatio,
    );
    if (!part) return;
    const moved = new Set(part.map((i) => s.members?.[i]));
    const members = [...s.members].sort((a, b) => a.seq - b.seq);
    const go = members.filter((m) => moved.has(m));
    const b = this.open(go[0].id, go[0].seq);
    clear(s);
    for (const m of members) this.join(moved.has(m) ? b : s, m);
    s.apart.push(b.id);
    b.apart.push(s.id);
    b.nextCheck = s.nextCheck;
  }

  private mergeAround(s: StoryRecord): { from: string; into: string }[] {
    const merged: { from: string; into: string }[] = [];
    const norm = this.scale(s);
    const probe = new Map(s.keys.map((h) => [h, s.centroid.get(h) ?? 0]));
    for (const t of this.postings.candidates(probe, 5, this.weight, s)) {
      if (s.apart.includes(t.id) || t.apart.includes(s.id)) continue;
      const cos = dotIdf(s.centroid, t.centroid, this.idf) / (norm * this.scale(t));
      const overlap = decay(s.start, t.start, t.end, this.opts.halfLifeDays);
      if (cos * overlap < this.opts.mergeThreshold) continue;
      const [keep, gone] = s.born <= t.born ? [s, t] : [t, s];
      mergeInto(keep, gone);
      this.postings.remove(gone);
      this.records.delete(gone.id);
      this.live.delete(gone);
      this.alias.set(gone.id, keep.id);
      this.postings.set(keep, topTerms(keep.centroid, KEYS, this.idf));
      merged.push({ from: gone.id, into: keep.id });
      if (gone === s) break;
    }
    return merged;
  }

  /** Closes stories that fell out of the window (by time when dated, else by stream position). */
  private advance(time: number | null): void {
    if (time !== null && (this.clock === null || time > this.clock)) this.clock = time;
    if (this.seq % 64 !== 0) return;
    const minTime = this.clock === null ? null : this.clock - this.opts.windowDays * DAY;
    const minSeq = this.seq - this.opts.windowArticles;
    for (const s of this.live) {
      const stale = s.end !== null && minTime !== null ? s.end < minTime : s.lastSeq < minSeq;
      if (stale) this.close(s);
    }
  }

  private close(s: StoryRecord): void {
    this.postings.remove(s);
    s.closed = true;
    this.live.delete(s);
    s.centroid = new Map();
    s.normAt = -1;
    s.members = null;
  }
}
