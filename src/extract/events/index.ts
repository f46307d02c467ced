import type { Claim, Entity, Event } from "../../model/index.ts";
import { sentenceSpans } from "../claims/sentences.ts";
import { extractQuantities } from "../numbers/index.ts";
import { background } from "./background.ts";
import { CASUALTY_HINT, casualtiesIn } from "./casualties.ts";
import { NATURAL_DEATH, SPORT, victimCount } from "./counts.ts";
import { placeIn, placeKey } from "./place.ts";
import { eventType, isWeak } from "./triggers.ts";
import { incidentDate } from "./when.ts";

export { briefEvents, type MergeContext, type MergedEvent, mergeEvents } from "./merge.ts";

export interface EventContext {
  articleId: string;
  publishedAt: string | null;
  entities: Entity[];
  claims: Claim[];
}

const ANAPHORA =
  /\b(?:the|this|that|these|those) (?:attacks?|strikes?|bombings?|explosions?|blasts?|shelling|raids?)\b/i;

/** Attacks and incidents in `text`: type, place, date, killed and injured, one per incident. */
export function extractEvents(text: string, ctx: EventContext): Event[] {
  const qs = extractQuantities(text).filter((q) => victimCount(text, q));
  const out: Event[] = [];
  let past = -2;
  for (const [i, [s, e]] of joinCuts(text, sentenceSpans(text)).entries()) {
    const sentence = text.slice(s, e);
    const trigger = eventType(sentence);
    if (!trigger && !CASUALTY_HINT.test(sentence)) continue;
    const natural = NATURAL_DEATH.test(sentence);
    const cas = natural
      ? { killed: null, injured: null, combined: false }
      : casualtiesIn(
          text,
          s,
          e,
          qs.filter((q) => q.span[0] >= s && q.span[1] <= e),
        );
    if (cas.combined) continue;
    const hurt = cas.killed !== null || cas.injured !== null;
    if (!trigger && (!hurt || SPORT.test(sentence))) continue;
    // a weak word ("raided", "clashed", "collapsed") needs a toll; a past event named by its year is background
    const weak = trigger !== null && isWeak(trigger);
    // a toll naming no incident just after a past event ("It killed 612 people") is that event's
    const after = !trigger && past === i - 1;
    if (background(text, s, e)) past = i;
    if ((!hurt && weak) || past === i || after) continue;
    const at = s + (trigger?.at ?? 0);
    const place = placeIn(text, s, e, ctx.entities, at);
    const date = incidentDate(text, s, e, at, ctx.publishedAt);
    if (!hurt && (ANAPHORA.test(sentence) || (!place && !date))) continue;
    // a toll naming no place or incident ("Officials later put the toll at five", "six are confirmed
    // dead, the agency said on Sunday") updates the last incident; its day is when it was said
    // an incident named again with no place ("after the dam failed") is the article's one of its type
    const same = place
      ? out.find((x) => placeKey(x.place) === placeKey(place) && (!x.date || !date || x.date === date))
      : !trigger
        ? out[out.length - 1]
        : onlyOfType(out, trigger.type, date);
    if (same) {
      // "3 dead ... A petrol bomb killed two women": the named incident types the earlier report
      if (same.type === "incident" && trigger) same.type = trigger.type;
      same.killed = max(same.killed, cas.killed);
      same.injured = max(same.injured, cas.injured);
      if (trigger || place) same.date ??= date;
      continue;
    }
    out.push({
      id: `${ctx.articleId}:e${out.length + 1}`,
      articleId: ctx.articleId,
      type: trigger?.type ?? "incident",
      place,
      date,
      killed: cas.killed,
      injured: cas.injured,
      span: [s, e],
    });
  }
  return out;
}

/** "a 6. 7 degree quake": a sentence cut at a decimal point is read whole. */
function joinCuts(text: string, spans: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [s, e] of spans) {
    const last = out[out.length - 1];
    if (last && /\d\.\s*$/.test(text.slice(last[0], last[1])) && /^\s*\d/.test(text.slice(s, s + 3)))
      last[1] = e;
    else out.push([s, e]);
  }
  return out;
}

function onlyOfType(out: Event[], type: string, date: string | null): Event | undefined {
  const fits = out.filter((x) => x.type === type && (!x.date || !date || x.date === date));
  return fits.length === 1 ? fits[0] : undefined;
}

/** Within one article a later, higher toll updates an earlier one. */
function max(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}
