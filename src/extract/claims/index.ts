import type { Claim, Entity, Quote } from "../../model/index.ts";
import { extractQuantities, type Quantity } from "../numbers/index.ts";
import { TIME_UNITS } from "../numbers/units.ts";
import { attributionIn } from "./attribution.ts";
import { canonical } from "./claimant.ts";
import { numberOf } from "./number-of.ts";
import { sentenceAt, sentenceSpans } from "./sentences.ts";
import { whatOf } from "./what.ts";
import { resolveTime, timeMentions } from "./when.ts";

export interface ClaimContext {
  articleId: string;
  publishedAt: string | null;
  quotes: Quote[];
  entities: Entity[];
}

/** "an initial US estimate of 3,000": the estimate's owner states the figure. */
const ESTIMATE =
  /\b((?:\p{Lu}[\p{L}.’'-]*\s+)+)(?:estimates?|figures?|count|tally|assessment|forecast)\s+(?:of|at|was|put at)\s+(?:(?:about|around|some|roughly|nearly|more than|at least|up to)\s+)?$/u;

/** Units of time plus loose time nouns: "one night", "one time" are phrases, not figures. */
const TIME_WORDS = new Set([...TIME_UNITS, "night", "time"]);

/** "far more than the 120 …": a bare figure compared with the counted one before it counts the same. */
const COMPARED = /\b(?:than|with|to|against)\s+(?:the\s+|an?\s+|some\s+)?$/;

/** "the 120 counted by the Interior Ministry": the participle's agent states the figure. */
const GIVEN_BY =
  /^\s+(?:(?:previously|earlier|initially|officially|first|already)\s+)?(?:counted|reported|given|cited|recorded|estimated|confirmed|announced|published|released|registered|tallied|quoted|provided|issued)\s+by\s+((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+|for\s+)?\p{Lu}[\p{L}’'.-]*)*)/u;

/** A figure worth a claim: it measures or counts something, or is "N more" of what came before. */
function claimable(text: string, q: Quantity, compared: boolean): boolean {
  // "dozens", "hundreds": a vague amount is no precise figure to cross-check
  if (q.vague) return false;
  // "a third of its electricity": a share, not a count of the noun
  if (q.counted && q.value < 1) return false;
  // "one day", "a year ago": time phrases, not figures
  if (q.value === 1 && q.normalizedUnit && TIME_WORDS.has(q.normalizedUnit)) return false;
  if (q.normalizedUnit) return true;
  return compared || /^\s+(?:more|others|additional|extra)\b/.test(text.slice(q.span[1], q.span[1] + 12));
}

function isCompared(text: string, q: Quantity): boolean {
  return COMPARED.test(text.slice(Math.max(0, q.span[0] - 20), q.span[0]));
}

/** The quote whose span holds the figure (the narrowest one). */
function quoteAround(quotes: Quote[], q: Quantity): Quote | null {
  let best: Quote | null = null;
  for (const x of quotes) {
    if (
      x.span[0] <= q.span[0] &&
      q.span[1] <= x.span[1] &&
      (!best || x.span[1] - x.span[0] < best.span[1] - best.span[0])
    )
      best = x;
  }
  return best;
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
  let lastNoun: { unit: string | null; what: string | null } | null = null;
  for (const q of extractQuantities(text)) {
    const compared = !q.normalizedUnit && lastNoun !== null && isCompared(text, q);
    const counted = q.normalizedUnit ? null : numberOf(text, q.span[0]);
    if (!counted && !claimable(text, q, compared)) continue;
    const sent = sentenceAt(sents, q.span[0]);
    const quote = quoteAround(ctx.quotes, q);
    const own =
      GIVEN_BY.exec(text.slice(q.span[1], q.span[1] + 80)) ??
      ESTIMATE.exec(text.slice(Math.max(0, q.span[0] - 60), q.span[0]));
    const ownName = own?.[1].trim().replace(/(?<![.\s]\p{L})\.$/u, "");
    let claimant = ownName ? canonical(ownName, q.span[0], text, ctx.entities, ctx.quotes) : null;
    if (counted?.claimant) claimant = canonical(counted.claimant, counted.at, text, ctx.entities, ctx.quotes);
    if (!claimant && quote) claimant = quote.speaker.name ?? quote.speaker.mention;
    if (!claimant) {
      const a = attributionIn(text, sent[0], sent[1], q.span[0]);
      if (a) claimant = canonical(a.mention, a.span[0], text, ctx.entities, ctx.quotes);
    }
    let unit = counted?.unit ?? (q.counted ? (q.noun ?? headUnit(q.normalizedUnit)) : q.normalizedUnit);
    let what = counted?.what ?? whatOf(text, q);
    const bare = !unit || /^(?:other|more)$/.test(unit);
    if (bare && lastNoun) ({ unit, what } = lastNoun);
    else if (bare) unit = null;
    if (q.counted && !bare) lastNoun = { unit, what: q.unit };
    out.push({
      id: `${ctx.articleId}:c${out.length + 1}`,
      articleId: ctx.articleId,
      value: q.value,
      valueMax: q.valueMax,
      qualifier: q.qualifier,
      unit,
      what,
      claimant,
      when: whenOf(text, sent, q, ctx.publishedAt),
      span: q.span,
      group: null,
    });
  }
  fillForward(out);
  return out;
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
