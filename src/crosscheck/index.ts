import { briefEvents, mergeEvents } from "../extract/events/index.ts";
import type { Article, Claim, Entity, Event, Quote, Relation, Story } from "../model/index.ts";
import type { Brief } from "./brief.ts";
import { Claimants } from "./claimants.ts";
import { entityRows, nameAliases, storyEntities } from "./entities.ts";
import { groupFigures } from "./figures.ts";
import { Origins } from "./origins.ts";
import { groupQuotes } from "./quotes.ts";
import { sourceRows, spunArticles } from "./sources.ts";
import { statements } from "./statements.ts";
import { timeline } from "./timeline.ts";
import { speakers } from "./who-said.ts";

export { Brief } from "./brief.ts";

export interface CrosscheckInput {
  articles: Article[];
  stories: Story[];
  relations: Relation[];
  quotes: Quote[];
  claims: Claim[];
  events: Event[];
  /** Entities from the extract stage; when absent, the briefs find them in the articles' texts. */
  entities?: Entity[];
}

/** Quotes and claims with `group` and `altered` filled, and one brief per story. */
export interface CrosscheckResult {
  quotes: Quote[];
  claims: Claim[];
  briefs: Brief[];
}

/** Cross-checks every story: corroboration by independent origin, altered quotes, figure conflicts. */
export function crosscheck(input: CrosscheckInput): CrosscheckResult {
  const quoteOut = new Map<string, Quote>();
  const claimOut = new Map<string, Claim>();
  const briefs = input.stories.map((story) => {
    const r = briefFor(story, input);
    for (const q of r.quotes) quoteOut.set(q.id, q);
    for (const c of r.claims) claimOut.set(c.id, c);
    return r.brief;
  });
  return {
    quotes: input.quotes.map((q) => quoteOut.get(q.id) ?? { ...q, group: null, altered: false }),
    claims: input.claims.map((c) => claimOut.get(c.id) ?? { ...c, group: null }),
    briefs,
  };
}

function briefFor(story: Story, input: CrosscheckInput): { brief: Brief; quotes: Quote[]; claims: Claim[] } {
  const ids = new Set(story.articleIds);
  const articles = input.articles.filter((a) => ids.has(a.id));
  const relations = input.relations.filter((r) => ids.has(r.a) && ids.has(r.b));
  const quotes = input.quotes.filter((q) => ids.has(q.articleId));
  const claims = input.claims.filter((c) => ids.has(c.articleId));
  const origins = new Origins(articles, relations);
  const dates = new Map(articles.map((a) => [a.id, a.publishedAt]));
  const spun = spunArticles(relations);
  const people = storyEntities(articles, input.entities);
  const names = nameAliases(people);
  const scope = { storyId: story.id, relations, origins, spun, dates, names };
  const q = groupQuotes(quotes, scope);
  const claimants = new Claimants(claims, quotes, names);
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const f = groupFigures(claims, { storyId: story.id, origins, claimants, dates, texts, spun });
  const sources = sourceRows(articles, relations, origins);
  const events = briefEvents(
    mergeEvents(
      input.events.filter((e) => ids.has(e.articleId)),
      { texts, published: dates },
    ),
    articles.length,
  );
  const brief: Brief = {
    storyId: story.id,
    headline: story.title,
    articleCount: articles.length,
    originCount: origins.size,
    ...statements(q.groups, f.groups, f.issues, origins),
    whoSaid: speakers(q.groups),
    figures: f.groups,
    sources,
    timeline: timeline(sources, f.groups, events),
    people: entityRows(people, "person"),
    organizations: entityRows(people, "organization"),
    places: entityRows(people, "place"),
    events,
  };
  return { brief, quotes: q.quotes, claims: f.claims };
}
