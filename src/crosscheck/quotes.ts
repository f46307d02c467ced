import type { Quote, Relation } from "../model/index.ts";
import type { QuoteGroup } from "./brief.ts";
import { NameIndex } from "./names.ts";
import type { Origins } from "./origins.ts";
import { alignedPairs, sameQuote, similarity } from "./quote-match.ts";
import { quoteVersions } from "./quote-versions.ts";
import { mostFrequent, notNull } from "./tally.ts";
import { UnionFind } from "./union-find.ts";
import { words } from "./words.ts";

export interface QuoteScope {
  storyId: string;
  relations: Relation[];
  origins: Origins;
  spun: Set<string>;
  /** Publication time per article id (ISO), for tie-breaks. */
  dates: Map<string, string | null>;
  /** Story entity names by alias key (see NameIndex). */
  names?: Map<string, string>;
}

interface Form {
  key: string;
  speaker: string | null;
  words: string[];
  quotes: Quote[];
  /** Origins of the articles carrying this form. */
  origins: Set<string>;
}

/** Groups one story's quotes: same speaker, same words (up to alteration). */
export function groupQuotes(quotes: Quote[], scope: QuoteScope): { groups: QuoteGroup[]; quotes: Quote[] } {
  const names = new NameIndex(scope.names);
  for (const q of quotes) names.add(q.speaker.name ?? q.speaker.mention);
  const forms = formsOf(quotes, names, scope);
  const uf = new UnionFind();
  const formOf = new Map<string, Form>();
  for (const f of forms) for (const q of f.quotes) formOf.set(q.id, f);
  linkSimilarForms(forms, uf);
  for (const [x, y] of alignedPairs(scope.relations, byArticle(quotes))) {
    const fx = formOf.get(x.id);
    const fy = formOf.get(y.id);
    if (fx && fy && alignedMatch(fx, fy)) uf.union(fx.key, fy.key);
  }
  const comps = new Map<string, Form[]>();
  for (const f of forms) {
    const root = uf.find(f.key);
    const list = comps.get(root);
    if (list) list.push(f);
    else comps.set(root, [f]);
  }
  const built = [...comps.values()].map((fs) => buildGroup(fs, names, scope));
  built.sort(
    (a, b) => b.origins - a.origins || a.first.localeCompare(b.first) || a.text.localeCompare(b.text),
  );
  const altered = new Map<string, boolean>();
  const groupOf = new Map<string, string>();
  const groups = built.map((g, i) => {
    const id = `${scope.storyId}/q${i + 1}`;
    for (const v of g.versions)
      for (const qid of v.quoteIds) {
        groupOf.set(qid, id);
        altered.set(qid, v.altered);
      }
    const { first: _first, ...rest } = g;
    return { ...rest, id };
  });
  const out = quotes.map((q) => ({
    ...q,
    group: groupOf.get(q.id) ?? null,
    altered: altered.get(q.id) ?? false,
  }));
  return { groups, quotes: out };
}

/** Quotes at the same place of two aligned passages: one quote, unless speaker and words both differ. */
function alignedMatch(a: Form, b: Form): boolean {
  if (a.speaker === null || b.speaker === null || a.speaker === b.speaker) return true;
  return similarity(a.words, b.words).dice >= 0.25;
}

function formsOf(quotes: Quote[], names: NameIndex, scope: QuoteScope): Form[] {
  const forms = new Map<string, Form>();
  for (const q of quotes) {
    const speaker = names.resolve(q.speaker.name ?? q.speaker.mention);
    const w = words(q.text);
    const key = `${speaker ?? "?"}\u0000${w.join(" ")}`;
    const f = forms.get(key);
    const origin = scope.origins.of(q.articleId);
    if (f) {
      f.quotes.push(q);
      f.origins.add(origin);
    } else forms.set(key, { key, speaker, words: w, quotes: [q], origins: new Set([origin]) });
  }
  return [...forms.values()];
}

function linkSimilarForms(forms: Form[], uf: UnionFind): void {
  const bySpeaker = new Map<string, Form[]>();
  for (const f of forms) {
    uf.find(f.key);
    if (f.speaker === null) continue;
    const list = bySpeaker.get(f.speaker);
    if (list) list.push(f);
    else bySpeaker.set(f.speaker, [f]);
  }
  for (const list of bySpeaker.values())
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        if (uf.find(list[i].key) === uf.find(list[j].key)) continue;
        if (sameQuote(list[i].words, list[j].words, linked(list[i], list[j])))
          uf.union(list[i].key, list[j].key);
      }
  linkUnattributed(forms, uf);
}

/** A quote whose speaker was not found joins the same words said by someone known. */
function linkUnattributed(forms: Form[], uf: UnionFind): void {
  const known = new Map<string, Form>();
  for (const f of forms) if (f.speaker !== null && f.words.length >= 4) known.set(f.words.join(" "), f);
  for (const f of forms) {
    const home = f.speaker === null ? known.get(f.words.join(" ")) : undefined;
    if (home) uf.union(f.key, home.key);
  }
}

function linked(a: Form, b: Form): boolean {
  for (const o of a.origins) if (b.origins.has(o)) return true;
  return false;
}

function byArticle(quotes: Quote[]): Map<string, Quote[]> {
  const m = new Map<string, Quote[]>();
  for (const q of quotes) {
    const list = m.get(q.articleId);
    if (list) list.push(q);
    else m.set(q.articleId, [q]);
  }
  return m;
}

function buildGroup(forms: Form[], names: NameIndex, scope: QuoteScope) {
  const all = forms.flatMap((f) => f.quotes);
  const speakerKey = mostFrequent(forms.flatMap((f) => f.quotes.map(() => f.speaker)).filter(notNull));
  const title = mostFrequent(all.map((q) => q.speaker.title).filter(notNull));
  const versions = quoteVersions(forms, scope);
  const best = versions[0];
  // Corroboration: non-spun articles carrying the words unaltered (reported speech included).
  const trusted = versions.filter((v) => !v.altered).flatMap((v) => v.articleIds);
  const origins = scope.origins.count(trusted.filter((id) => !scope.spun.has(id)));
  const firstQuote = all.find((q) => best.quoteIds.includes(q.id)) ?? all[0];
  const articleIds = [...new Set(all.map((q) => q.articleId))];
  const first = articleIds.map((id) => scope.dates.get(id) ?? "\uffff").sort()[0] ?? "\uffff";
  return {
    speaker: speakerKey ? names.display(speakerKey) : "Unknown speaker",
    title,
    kind: firstQuote.kind,
    text: best.text,
    articleIds,
    origins,
    singleSource: origins < 2,
    altered: versions.some((v) => v.altered),
    versions,
    first,
  };
}
