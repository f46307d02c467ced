import type { Entity } from "../../model/index.ts";
import { CUES } from "../quotes/cues.ts";
import { type Doc, getDoc } from "../text/doc.ts";
import { classify, type Kind } from "./classify.ts";
import { COMPANIES, CORP_ENDINGS } from "./companies.ts";
import { knownOrganization, knownPlace } from "./gazetteer.ts";
import { HONORIFICS, ORG_SINGLE, PLACE_ACRONYMS, PLACES } from "./lexicon.ts";
import { findMentions, type Mention } from "./mentions.ts";
import { byAcronym, byOrgTail, bySurname, type Draft, foldHeads, foldSurnames, nameKey } from "./merge.ts";
import { firstName } from "./noise.ts";
import { type NameEvidence, nameEvidence, speakerKind } from "./speakers.ts";

/** People (with titles), organisations and places in `text`, aliases merged within the article. */
export function extractEntities(text: string, articleId: string): Entity[] {
  return buildEntities(getDoc(text)).map((d, i) => ({
    id: `${articleId}:e${i + 1}`,
    articleId,
    kind: d.kind,
    name: d.name,
    title: d.kind === "person" ? d.title : null,
    aliases: [...d.aliases].filter((a) => a !== d.name),
    spans: d.spans,
  }));
}

export function buildEntities(doc: Doc): Draft[] {
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  const mentions = findMentions(doc);
  const evidence = nameEvidence(doc, mentions);
  for (const m of mentions) {
    const kind = speakerOr(doc, m, classify(doc, m), evidence);
    if (kind === "skip") continue;
    const span: [number, number] = [doc.tk.start[m.a], doc.tk.start[m.a] + m.name.length];
    const title = m.title ? doc.text.slice(doc.tk.start[m.title[0]], doc.tk.end[m.title[1] - 1]) : null;
    const words = m.name.split(/\s+/);
    let d = byKey.get(nameKey(m.name)) ?? null;
    if (d && kind === "organization") bodyAfterAll(d);
    if (!d && words.length === 1 && !PLACES.has(m.name))
      d = bySurname(drafts, m.name) ?? byAcronym(drafts, m.name) ?? tail(drafts, m.name, kind);
    if (!d && (kind === "common" || (kind === "unknown" && !speaks(doc, m)))) {
      // kept aside: it may be the surname of someone named in full further on
      if (words.length === 1)
        drafts.push({ ...newDraft("person", m.name, words), spans: [span], tentative: true });
      continue;
    }
    if (!d) {
      d = newDraft(kind === "unknown" || kind === "common" ? "person" : kind, m.name, words);
      drafts.push(d);
      byKey.set(nameKey(m.name), d);
    }
    d.aliases.add(m.name);
    if (
      d.name === d.name.toUpperCase() &&
      m.name !== m.name.toUpperCase() &&
      nameKey(m.name) === nameKey(d.name)
    )
      d.name = m.name;
    d.spans.push(span);
    d.last = m.a;
    if (title && !d.title && !HONORIFICS.has(title.toLowerCase())) d.title = title;
    defineAbbreviation(doc, m, d, byKey);
  }
  joinTentative(drafts, byKey);
  const folded = foldSurnames(
    drafts,
    surelyOther,
    (p) => p.title !== null || p.words.slice(0, -1).some(firstName),
  );
  return foldHeads(
    folded.filter((d) => !d.tentative),
    (w) => CORP_ENDINGS.has(w),
  );
}

/** "shares in Tolvane ... Tolvane said its": a word read as a place from "in" turns out to be a body. */
function bodyAfterAll(d: Draft): void {
  if (d.kind === "place" && d.words.length === 1 && !knownPlace(d.name) && !PLACES.has(d.name))
    d.kind = "organization";
}

/** "shares in Halvex fell ... Halvex said": a word kept aside joins the entity it later turned out to name. */
function joinTentative(drafts: Draft[], byKey: Map<string, Draft>): void {
  for (const d of drafts) {
    const to = d.tentative ? byKey.get(nameKey(d.name)) : undefined;
    if (!to || to.tentative || to.kind !== "organization") continue;
    to.spans.push(...d.spans);
    to.spans.sort((x, y) => x[0] - y[0]);
    d.spans = [];
  }
}

/** A one-word name no list placed, after a team or body that ends with it ("Sox" after "Red Sox"). */
function tail(drafts: Draft[], word: string, kind: string): Draft | null {
  return kind === "unknown" || kind === "common" || kind === "organization" ? byOrgTail(drafts, word) : null;
}

/** "Kenya", "NATO": one-word names no surname can stand for. */
function surelyOther(d: Draft): boolean {
  const w = d.name;
  if (d.kind === "person") return false;
  if (PLACES.has(w) || PLACE_ACRONYMS.has(w) || ORG_SINGLE.has(w) || COMPANIES.has(w) || /^[A-Z.]+$/.test(w))
    return true;
  return knownPlace(w) || knownOrganization(w);
}

/** "Gazprom said": a one-word name no list placed that speaks is a person or, shown as one, a body. */
function speakerOr(doc: Doc, m: Mention, kind: Kind, ev: NameEvidence): Kind {
  if ((kind !== "unknown" && kind !== "common") || m.name.includes(" ") || !speaks(doc, m)) return kind;
  const k = speakerKind(doc, m, ev);
  return k !== "person" || kind === "unknown" ? k : kind;
}

/** "Singh said", "Singh, who ..., said": an unknown name that speaks is a person. */
function speaks(doc: Doc, m: Mention): boolean {
  const { lower } = doc.tk;
  return CUES.has(lower[m.b] ?? "") || (lower[m.b] === "," && lower[m.b + 1] === "who");
}

function newDraft(kind: Draft["kind"], name: string, words: string[]): Draft {
  return { kind, name, title: null, aliases: new Set(), spans: [], words, last: 0 };
}

/** "National Intelligence Service (NIS)": the bracketed acronym becomes an alias. */
function defineAbbreviation(doc: Doc, m: Mention, d: Draft, byKey: Map<string, Draft>): void {
  const { raw } = doc.tk;
  if (raw[m.b] !== "(" || raw[m.b + 2] !== ")" || !/^[A-Z][A-Za-z]{1,7}$/.test(raw[m.b + 1] ?? "")) return;
  d.aliases.add(raw[m.b + 1]);
  if (!byKey.has(nameKey(raw[m.b + 1]))) byKey.set(nameKey(raw[m.b + 1]), d);
}

export { type ArticleEntities, mergeStoryEntities, type StoryEntity } from "./story.ts";
