import type { Entity, Quote } from "../../model/index.ts";
import type { Quantity } from "../numbers/index.ts";
import { attributionIn } from "./attribution.ts";
import { canonical } from "./claimant.ts";
import type { NumberOf } from "./number-of.ts";

export interface WhoContext {
  quotes: Quote[];
  entities: Entity[];
}

/** "an initial US estimate of 3,000": the estimate's owner states the figure. */
const ESTIMATE =
  /\b((?:\p{Lu}[\p{L}.’'-]*\s+)+)(?:estimates?|figures?|count|tally|assessment|forecast)\s+(?:of|at|was|put at)\s+(?:(?:about|around|some|roughly|nearly|more than|at least|up to)\s+)?$/u;

/** "while organisers put the crowd at 40,000": the subject of "put/estimated … at" states the figure. */
const PUT_AT =
  /\b((?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+)*[\p{L}’'-]+)\s+(?:put|puts|putting|placed|places|estimated|estimates|estimate|pegged|pegs)\s+(?:(?:the|its|their|his|her)\s+)?(?:[\p{L}-]+\s+){0,3}at\s+(?:(?:about|around|some|roughly|nearly|more than|at least|up to|as many as|as few as)\s+)?$/u;
const NOT_SUBJECT = /^(?:while|and|but|as|though|although|whereas|which|who|that|it|they|we|you)$/i;

/** "the 120 counted by the Interior Ministry": the participle's agent states the figure. */
const GIVEN_BY =
  /^\s+(?:(?:previously|earlier|initially|officially|first|already)\s+)?(?:counted|reported|given|cited|recorded|estimated|confirmed|announced|published|released|registered|tallied|quoted|provided|issued)\s+by\s+((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+|for\s+)?\p{Lu}[\p{L}’'.-]*)*)/u;

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

/** Who states a figure: a named owner ("counted by X", "X's estimate of", "X puts the number at"),
 * the quote holding it, else the attribution nearest to it in its sentence. */
export function claimantOf(
  text: string,
  q: Quantity,
  sent: [number, number],
  counted: NumberOf | null,
  ctx: WhoContext,
): string | null {
  const name = (m: string, at: number) => canonical(m, at, text, ctx.entities, ctx.quotes);
  if (counted?.claimant) return name(counted.claimant, counted.at);
  const before = text.slice(Math.max(0, q.span[0] - 80), q.span[0]);
  const put = PUT_AT.exec(before);
  const own =
    GIVEN_BY.exec(text.slice(q.span[1], q.span[1] + 80)) ??
    ESTIMATE.exec(before.slice(-60)) ??
    (put && !NOT_SUBJECT.test(put[1]) ? put : null);
  const ownName = own?.[1].trim().replace(/(?<![.\s]\p{L})\.$/u, "");
  if (ownName) return name(ownName, q.span[0]);
  const quote = quoteAround(ctx.quotes, q);
  if (quote) return quote.speaker.name ?? quote.speaker.mention;
  const a = attributionIn(text, sent[0], sent[1], q.span[0]);
  return a ? name(a.mention, a.span[0]) : null;
}
