import { extractEntities, mergeStoryEntities, type StoryEntity } from "../extract/entities/index.ts";
import type { Article, Entity } from "../model/index.ts";
import type { StoryEntityRow } from "./brief.ts";
import { nameKey } from "./names.ts";

/**
 * The story's people, organisations and places, merged across its articles. Without entities from
 * the extract stage (`given` undefined) they are found in the articles' texts.
 */
export function storyEntities(articles: Article[], given: Entity[] | undefined): StoryEntity[] {
  const byArticle = new Map<string, Entity[]>(articles.map((a) => [a.id, []]));
  if (given) for (const e of given) byArticle.get(e.articleId)?.push(e);
  const merged = mergeStoryEntities(
    articles.map((a) => ({
      articleId: a.id,
      entities: given ? (byArticle.get(a.id) ?? []) : extractEntities(a.text, a.id),
    })),
  );
  // a byline or credit naming one of the story's outlets names an organisation
  const outlets = new Set(articles.map((a) => nameKey(a.outlet)).filter((k) => k !== null));
  return merged.map((e) => (outlets.has(nameKey(e.name) ?? "") ? { ...e, kind: "organization" } : e));
}

export function entityRows(list: StoryEntity[], kind: Entity["kind"]): StoryEntityRow[] {
  return list
    .filter((e) => e.kind === kind)
    .map((e) => ({
      name: e.name,
      kind: e.kind,
      title: e.title,
      aliases: e.aliases,
      articleIds: e.articleIds,
      mentions: e.mentions,
    }));
}

/**
 * Speaker and claimant spellings the story's entities resolve: a surname, a variant or an
 * abbreviation maps to the entity's name, unless two entities share it ("Kim").
 */
export function nameAliases(list: StoryEntity[]): Map<string, string> {
  const out = new Map<string, string>();
  const owners = new Map<string, Set<string>>();
  const claim = (k: string | null, name: string) => {
    if (!k) return;
    const o = owners.get(k);
    if (o) o.add(name);
    else owners.set(k, new Set([name]));
  };
  for (const e of list) {
    if (e.kind === "place") continue;
    for (const a of new Set([e.name, ...e.aliases])) {
      claim(nameKey(a), e.name);
      out.set(nameKey(a) ?? "", e.name);
    }
    // a family name another person in the story also has ("Kim") resolves to neither
    const ws = e.name.trim().split(/\s+/);
    if (e.kind === "person" && ws.length > 1)
      for (const w of [ws[0], ws[ws.length - 1]]) claim(nameKey(w), e.name);
  }
  for (const [k, o] of owners) if (o.size > 1 || !out.has(k)) out.delete(k);
  out.delete("");
  return out;
}
