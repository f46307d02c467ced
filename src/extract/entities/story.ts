import type { Entity } from "../../model/index.ts";
import { givenAndFamily, groupKeys, type Item, shortFormIndex, storyKey } from "./story-keys.ts";

/** One person, organisation or place across the articles of a story. */
export interface StoryEntity {
  name: string;
  kind: Entity["kind"];
  title: string | null;
  /** Every other spelling seen: surnames, variants, defined abbreviations. */
  aliases: string[];
  articleIds: string[];
  /** Mentions over all articles. */
  mentions: number;
  entityIds: string[];
}

export interface ArticleEntities {
  articleId: string;
  entities: Entity[];
}

/**
 * Merges the entities of a story's articles: same name up to case, hyphens, spaces and accents
 * ("Kim Jong Un" / "Kim Jong-un", "Al-Qaeda" / "al Qaeda"), a place with or without "region",
 * an abbreviation one article defines, and a lone surname when one full name in the story has it.
 */
export function mergeStoryEntities(perArticle: ArticleEntities[]): StoryEntity[] {
  const items: Item[] = perArticle.flatMap((a) => a.entities.map((e) => ({ e, articleId: a.articleId })));
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number) => {
    const [x, y] = [find(a), find(b)].sort((p, q) => p - q);
    parent[y] = x;
  };
  const owner = new Map<string, number>();
  items.forEach((it, i) => {
    for (const k of groupKeys(it.e)) {
      const o = owner.get(k);
      if (o === undefined) owner.set(k, i);
      else union(o, i);
    }
  });
  // a lone surname or abbreviation joins the one full name it fits, when only one fits
  const shortForms = shortFormIndex(items);
  items.forEach((it, i) => {
    const js = shortForms(it);
    const fits = new Set(js.map(find));
    // "Sarah Palin" and "Alaska Gov.Sarah Palin" are one person, so "Palin" fits one
    if (fits.size === 1 || new Set(js.map((j) => givenAndFamily(items[j].e.name))).size === 1)
      for (const j of js) union(i, j);
    // "Halvex said" read as a person here, named as a company in another article
    const body = js.length === 0 ? loneBody(it, owner, items) : undefined;
    if (body !== undefined) union(i, body);
  });
  const groups = new Map<number, Item[]>();
  items.forEach((it, i) => {
    const g = groups.get(find(i));
    if (g) g.push(it);
    else groups.set(find(i), [it]);
  });
  return [...groups.values()].map(build).sort(byWeight);
}

/** The organisation of the story named exactly as a lone one-word person that fits no full name. */
function loneBody(it: Item, owner: Map<string, number>, items: Item[]): number | undefined {
  if (it.e.kind !== "person" || /\s/.test(it.e.name.trim())) return undefined;
  const o = owner.get(`name:${storyKey(it.e.name)}`);
  return o !== undefined && items[o].e.kind === "organization" ? o : undefined;
}

function build(members: Item[]): StoryEntity {
  // lone words read as people give way to the body a lone word was joined to
  const people = members.filter((m) => m.e.kind === "person");
  const voters = people.every((m) => !/\s/.test(m.e.name.trim())) && people.length < members.length;
  const vote = voters ? members.filter((m) => m.e.kind !== "person") : members;
  const kind = mostFrequent(
    vote.map((m) => m.e.kind),
    vote,
  );
  const same = members.filter((m) => m.e.kind === kind);
  const full = same.filter((m) => kind !== "person" || /\s/.test(m.e.name.trim()));
  const name = mostFrequent(
    (full.length ? full : same).map((m) => m.e.name),
    full.length ? full : same,
  );
  const titles = same.filter((m) => m.e.title);
  const aliases = new Set(members.flatMap((m) => [m.e.name, ...m.e.aliases]));
  aliases.delete(name);
  return {
    name,
    kind,
    title: kind === "person" && titles.length ? commonTitle(titles) : null,
    aliases: [...aliases],
    articleIds: [...new Set(members.map((m) => m.articleId))],
    mentions: members.reduce((n, m) => n + m.e.spans.length, 0),
    entityIds: members.map((m) => m.e.id),
  };
}

/** The title most articles give, whatever its case ("Deputy Pentagon Press Secretary"), in a lowercase-led spelling. */
function commonTitle(members: Item[]): string {
  const key = (t: string) => t.toLowerCase().replace(/\s+/g, " ");
  const count = new Map<string, number>();
  for (const m of members) count.set(key(m.e.title ?? ""), (count.get(key(m.e.title ?? "")) ?? 0) + 1);
  const best = [...count].sort((a, b) => b[1] - a[1])[0][0];
  return mostFrequent(
    members.map((m) => m.e.title ?? "").filter((t) => key(t) === best),
    members.filter((m) => key(m.e.title ?? "") === best),
  ).replace(/\s+/g, " ");
}

/** The value most members carry, weighted by mentions; mixed case beats capitals; first seen wins ties. */
function mostFrequent<T extends string>(values: T[], members: Item[]): T {
  const score = new Map<T, number>();
  values.forEach((v, i) => {
    const caps = v.length > 1 && v === v.toUpperCase() ? 0.4 : 1;
    score.set(v, (score.get(v) ?? 0) + caps * (1 + members[i].e.spans.length / 100));
  });
  let best = values[0];
  for (const [v, s] of score) if (s > (score.get(best) ?? 0)) best = v;
  return best;
}

function byWeight(a: StoryEntity, b: StoryEntity): number {
  return b.articleIds.length - a.articleIds.length || b.mentions - a.mentions || a.name.localeCompare(b.name);
}
