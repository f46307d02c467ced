import type { Claim, Entity, Qualifier, Quote } from "../../model/index.ts";
import { extractQuantities, type Quantity } from "../numbers/index.ts";
import { claimable, INCREMENT, isCompared } from "./claimable.ts";
import { numberOf, partOf } from "./number-of.ts";
import { sentenceAt, sentenceSpans } from "./sentences.ts";
import { whatOf } from "./what.ts";
import { resolveTime, timeMentions } from "./when.ts";
import { claimantOf } from "./who.ts";

export interface ClaimContext {
  articleId: string;
  publishedAt: string | null;
  quotes: Quote[];
  entities: Entity[];
}

interface Noun {
  unit: string | null;
  what: string | null;
}

/** The time a figure refers to: the expression in its sentence nearest to it (resolved when possible). */
/** Time expressions of the sentences of the article being read (several figures share a sentence). */
const timeCache = new Map<string, ReturnType<typeof timeMentions>>();

function whenOf(
  text: string,
  sent: [number, number],
  q: Quantity,
  publishedAt: string | null,
): string | null {
  const key = `${sent[0]}:${sent[1]}`;
  const all = timeCache.get(key) ?? timeMentions(text, sent[0], sent[1]);
  timeCache.set(key, all);
  // "– up from an initial estimate of 3,000 last week –": a figure in an aside takes the aside's time
  const aside = asideAround(text, sent, q.span);
  const inside = (t: { span: [number, number] }) => asideAround(text, sent, t.span) !== null;
  const ts = aside
    ? all.filter((t) => t.span[0] >= aside[0] && t.span[1] <= aside[1])
    : all.some((t) => !inside(t))
      ? all.filter((t) => !inside(t))
      : all;
  if (ts.length === 0) return null;
  const d = (t: { span: [number, number] }) =>
    Math.min(Math.abs(t.span[0] - q.span[1]), Math.abs(q.span[0] - t.span[1]));
  const best = ts.reduce((a, b) => (d(b) < d(a) ? b : a));
  return resolveTime(best.text, publishedAt);
}

/** The dash or bracket aside of the sentence holding `span`, if any. */
function asideAround(text: string, sent: [number, number], span: [number, number]): [number, number] | null {
  const s = text.slice(sent[0], sent[1]);
  for (const m of s.matchAll(/\s[–—]\s[^–—]+?\s[–—]\s|\([^()]+\)/g)) {
    const a = sent[0] + (m.index ?? 0);
    if (a <= span[0] && span[1] <= a + m[0].length) return [a, a + m[0].length];
  }
  return null;
}

/** Numeric claims in `text`: value, qualifier, unit, what is counted, who states it and when. */
export function extractClaims(text: string, ctx: ClaimContext): Claim[] {
  const sents = sentenceSpans(text);
  timeCache.clear();
  const out: Claim[] = [];
  let lastNoun: Noun | null = null;
  const more = new Set<string>();
  const qs = extractQuantities(text);
  for (const [i, q] of qs.entries()) {
    const compared = !q.normalizedUnit && lastNoun !== null && isCompared(text, q);
    const counted = q.normalizedUnit ? null : (numberOf(text, q.span[0]) ?? partOf(text, q, qs[i + 1]));
    if (!counted && !claimable(text, q, compared)) continue;
    const sent = sentenceAt(sents, q.span[0]);
    const increment = INCREMENT.test(text.slice(q.span[0], q.span[1] + 12));
    const claimant = tidyClaimant(claimantOf(text, q, sent, counted, ctx));
    let unit = counted?.unit ?? (q.counted ? (q.noun ?? headUnit(q.normalizedUnit)) : q.normalizedUnit);
    let what = counted?.what ?? whatOf(text, q);
    const bare = !unit || /^(?:other|more)$/.test(unit);
    const prev = lastNoun as Noun | null;
    if (bare && lastNoun) ({ unit, what } = lastNoun);
    else if (bare) unit = null;
    // "a couple thousand more": the numbers stage carried the noun over, so does what is counted
    else if (!what && q.counted && !q.unit && prev?.unit === unit && increment) what = prev.what;
    if (q.counted && !bare) lastNoun = { unit, what: q.unit };
    out.push({
      id: `${ctx.articleId}:c${out.length + 1}`,
      articleId: ctx.articleId,
      value: q.value,
      valueMax: q.valueMax,
      qualifier: COUPLE.test(text.slice(q.span[0], q.span[1])) ? "about" : qualifierOf(q),
      unit,
      what,
      claimant,
      when: whenOf(text, sent, q, ctx.publishedAt),
      span: q.span,
      group: null,
      vague: q.vague,
    });
    if (increment) more.add(out[out.length - 1].id);
  }
  fillForward(out);
  // "a couple thousand more troops": an increment, not a total of the same thing
  for (const c of out) if (more.has(c.id) && c.what && !/^more\b/.test(c.what)) c.what = `more ${c.what}`;
  return out;
}

/** A claimant as the brief names it: no closing period ("Seth Williams."), and no clause passed off as one. */
function tidyClaimant(c: string | null): string | null {
  if (!c) return null;
  const t = c.replace(/(?<!\b\p{Lu})\.$/u, "").trim();
  return t.split(/\s+/).length > 8 || /\s-\s|\s--\s/.test(t) ? null : t;
}

/** "a couple thousand", "a couple of hundred": an approximate amount, read as "about" its value. */
const COUPLE = /^a\s+couple\s+(?:of\s+)?(?:hundred|thousand|million|billion|dozen)\b/i;

/** A range with no word of its own is "between"; a vague amount is "at least" its lower bound. */
function qualifierOf(q: { qualifier: Qualifier; valueMax: number | null; vague: boolean }): Qualifier {
  if (q.qualifier !== "exact") return q.qualifier;
  if (q.vague) return "at least";
  return q.valueMax !== null ? "between" : "exact";
}

/** Counted nouns name their head word: "North Korean troops" counts "troop". */
function headUnit(norm: string | null): string | null {
  return norm ? (norm.split(" ").pop() ?? norm).toLowerCase() : null;
}

/** "a couple thousand more" before any counted figure takes the unit of the next one. */
function fillForward(claims: Claim[]): void {
  for (let k = claims.length - 2; k >= 0; k--) {
    const c = claims[k];
    const next = claims[k + 1];
    if (!c.unit && next.unit && next.what) {
      c.unit = next.unit;
      c.what = next.what
        .split(" ")
        .filter((w) => !/^(?:killed|wounded|injured|sent|deployed|or|and)$/.test(w))
        .join(" ");
    }
  }
}
