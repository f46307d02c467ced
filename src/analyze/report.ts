import { crosscheck } from "../crosscheck/index.ts";
import type { Article, Extraction, Message, Story } from "../model/index.ts";
import { REPORT_VERSION, type Report, reportArticle } from "../report/json.ts";
import type { Store } from "../store/index.ts";

export interface ReportScope {
  /** Articles the report is about; the stories that hold them come with all their articles. */
  articleIds?: string[];
  storyIds?: string[];
  messages?: Message[];
}

/** Loads what the store knows about a set of articles and cross-checks it into a v1 report. */
export async function loadReport(store: Store, scope: ReportScope = {}): Promise<Report> {
  const all = await store.stories();
  const wanted = new Set(scope.articleIds ?? []);
  const stories = all.filter((s) =>
    scope.storyIds
      ? scope.storyIds.includes(s.id)
      : !scope.articleIds || s.articleIds.some((id) => wanted.has(id)),
  );
  const ids = unique([
    ...(scope.storyIds ? [] : (scope.articleIds ?? [])),
    ...stories.flatMap((s) => s.articleIds),
  ]);
  const articles =
    scope.articleIds || scope.storyIds ? await store.articles({ ids }) : await store.articles();
  const articleIds = articles.map((a) => a.id);
  const inScope = new Set(articleIds);
  const relations = (await store.relations(articleIds)).filter((r) => inScope.has(r.a) && inScope.has(r.b));
  const extractions = await store.extractions(articleIds);
  return buildReport(articles, stories, relations, extractions, scope.messages ?? []);
}

export function buildReport(
  articles: Article[],
  stories: Story[],
  relations: Report["relations"],
  extractions: Map<string, Extraction>,
  messages: Message[],
): Report {
  const xs = articles.map(
    (a) => extractions.get(a.id) ?? { quotes: [], claims: [], entities: [], events: [] },
  );
  const checked = crosscheck({
    articles,
    stories,
    relations,
    quotes: xs.flatMap((x) => x.quotes),
    claims: xs.flatMap((x) => x.claims),
    events: xs.flatMap((x) => x.events),
    entities: xs.flatMap((x) => x.entities),
  });
  return {
    version: REPORT_VERSION,
    articles: articles.map(reportArticle),
    stories: stories.map((s) => ({
      id: s.id,
      title: s.title,
      articleIds: s.articleIds,
      start: s.start,
      end: s.end,
      outlets: s.outlets,
      people: s.people,
      places: s.places,
      organizations: s.organizations,
    })),
    relations,
    quotes: checked.quotes,
    claims: checked.claims,
    events: xs.flatMap((x) => x.events),
    entities: xs.flatMap((x) => x.entities),
    briefs: checked.briefs,
    messages,
  };
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
