import type { Quantity } from "../numbers/index.ts";
import { DENIED_BEFORE, NOT_CASUALTY_AFTER, personHead, plural } from "./counts.ts";

const KILL =
  "fatally (?:shot|stabbed|wounded|injured|beaten)|fatal (?:shooting|stabbing|beating) of|killed|killing|kills|kill|dead|died|dies|slain|massacred|executed|shot dead|lost their lives|perished";
const HURT = "wounded|wounding|wounds|injured|injuring|injures|hurt|hospitali[sz]ed";
const QUAL =
  "(?:(?:at least|more than|over|about|around|some|nearly|almost|up to|as many as|an estimated|a further|another|the|a total of|roughly)\\s+)*";
const BETWEEN_SUBJECT =
  /^[^,;.:()"“”]{0,50}?(?:\s+(?:have|has|had|were|was|are|is|had been|have been|has been|were reportedly|was reportedly))?(?:\s+been)?\s+$/;

const AFTER_QUAL = new RegExp(`^\\s+${QUAL}$`, "i");
const COMBINED = new RegExp(`\\b(?:${KILL})\\s+(?:or|and/or)\\s+(?:${HURT})\\b`, "i");
const KILL_RE = new RegExp(`\\b(?:${KILL})\\b`, "gi");
const HURT_RE = new RegExp(`\\b(?:${HURT})\\b`, "gi");
/** Words without which a sentence reports no casualties. */
export const CASUALTY_HINT = new RegExp(`\\b(?:${KILL}|${HURT}|toll)\\b`, "i");

export interface Casualties {
  killed: number | null;
  injured: number | null;
  /** The casualty figures were given together ("killed or wounded"): not an incident count. */
  combined: boolean;
}

/** The count a casualty verb at [vs, ve) takes: "killed at least 4 people", "3 soldiers were killed", "killed the chief". */
function countFor(
  text: string,
  from: number,
  vs: number,
  ve: number,
  qs: Quantity[],
  active: boolean,
): number | null {
  const after = AFTER_QUAL;
  for (const q of qs) {
    if (active && q.span[0] >= ve && after.test(text.slice(ve, q.span[0]))) return q.value;
  }
  // "the fatal shooting of a deputy": the victim follows; a number before it counts someone else
  const noun = / of$/i.test(text.slice(vs, ve));
  for (let k = noun ? -1 : qs.length - 1; k >= 0; k--) {
    const q = qs[k];
    if (q.span[0] < vs && q.span[1] >= ve) return coordinated(text, q, qs, vs); // "11 wounded"
    if (q.span[1] <= vs && BETWEEN_SUBJECT.test(text.slice(q.span[1], vs)))
      return coordinated(text, q, qs, vs);
  }
  if (active) {
    const obj =
      /^\s+(?:the|a|an|one|his|her|their|its)\s+(?:[\p{L}'’.-]+\s+){0,4}?([\p{L}'’.-]+)(?=\s+(?:in|on|at|near|of|and|as|during|after|when|while|with|by|who|outside)\b|[,.;]|$)/u.exec(
        text.slice(ve, ve + 80),
      );
    if (obj && !plural(obj[1]) && personHead(obj[1])) return 1;
  }
  return oneVictim(text, from, vs, ve);
}

/**
 * The subject count `q` before a casualty verb at `vs`, with the counts coordinated with it: "two women and
 * one man died" is 3, "two women and a man were killed" is 3.
 */
function coordinated(text: string, q: Quantity, qs: Quantity[], vs: number): number {
  let n = q.value;
  const also = /^\s*,?\s+and\s+(?:a|an)\s+([\p{L}'’-]+)\b/u.exec(text.slice(q.span[1], vs));
  if (also && !plural(also[1]) && personHead(also[1])) n += 1;
  let head = q;
  for (let k = qs.indexOf(q) - 1; k >= 0; k--) {
    const gap = text.slice(qs[k].span[1], head.span[0]);
    if (!/^\s*(?:,|,?\s+and)\s+$/.test(gap)) break;
    n += qs[k].value;
    head = qs[k];
  }
  return n;
}

const SUBJECT =
  /(?:^|[.;:]\s+|,\s+|\n)(?:(?:A|An|One|The|a|an|the)\s+)?(?:[^,.;:\n]{0,60}?\s)??([\p{L}'’-]+)(?:\s+of\s+\d+)?\s+(?:(has been|have been|was|were|had been|is|got)\s+)?(?:(?:shot|hit|stabbed|struck|beaten|run over|found)(?:\s+by\s+[^,.;]{1,30}?)?\s+and\s+)?$/u;

/** Causes that make a death an incident. */
const SUDDEN =
  /\b(?:fell|fall(?:ing|s)?|shot|shooting|stabb\w*|hit|struck|drown\w*|accident|crash\w*|collision|kill\w*|murder\w*|slain|gun\w*|bullet|wound\w*|injur\w*|fire|blaze|burn\w*|bomb\w*|blast|explosion|attack\w*|avalanche|quake|earthquake|flood\w*|storm|hit-and-run|run over|tortur\w*|beat(?:en|ing)|violen\w*|strangl\w*|suffocat\w*|poison\w*|lynch\w*|execut\w*)\b/i;

/** "A judge has been killed", "Sixteen-year-old Kimani Gray was shot and killed", "a girl killed by a bullet": one victim. */
function oneVictim(text: string, from: number, vs: number, ve: number): number | null {
  const start = Math.max(from, vs - 90);
  const subj = SUBJECT.exec((start === from ? "" : "\u0000") + text.slice(start, vs));
  if (!subj) return null;
  const word = text.slice(vs, ve);
  // intransitive words, an auxiliary, or a bare participle before "by"/"in" ("girl killed by a stray bullet")
  const passive =
    subj[2] !== undefined ||
    /^(?:dead|died|dies|perished|slain)$/i.test(word) ||
    (/ed$/i.test(word) &&
      /^\s+(?:by|in|on|at|after|when|while|during|near|outside)\b/.test(text.slice(ve, ve + 12)));
  if (!passive || plural(subj[1]) || !personHead(subj[1])) return null;
  // "Felt died at his home": a death is an incident only when the sentence gives a violent or sudden cause
  const sentence = text.slice(from, ve + 160).split(/[.!?](?:\s|$)/)[0];
  if (/^(?:dead|died|dies)$/i.test(word) && !SUDDEN.test(sentence)) return null;
  return 1;
}

/** Killed and injured counts stated in text[from, to). */
export function casualtiesIn(text: string, from: number, to: number, qs: Quantity[]): Casualties {
  const part = text.slice(from, to);
  const combined = COMBINED.test(part);
  const res: Casualties = { killed: null, injured: null, combined };
  if (combined) return res;
  const toll = /\b(?:death )?toll\b[^.;]{0,30}?\b(?:to|at|of|reached|is|was)\s+$/i;
  for (const q of qs)
    if (toll.test(text.slice(Math.max(from, q.span[0] - 45), q.span[0]))) res.killed = q.value;
  for (const [key, words] of [
    ["killed", KILL_RE],
    ["injured", HURT_RE],
  ] as const) {
    if (res[key] !== null) continue;
    for (const m of part.matchAll(words)) {
      const vs = from + (m.index ?? 0);
      const ve = vs + m[0].length;
      if (DENIED_BEFORE.test(text.slice(Math.max(from, vs - 40), vs))) continue;
      if (key === "injured" && /\bfatally\s+$/i.test(text.slice(Math.max(from, vs - 10), vs))) continue;
      if (NOT_CASUALTY_AFTER.test(text.slice(ve, ve + 20))) continue;
      const active =
        /ing$|^kill$|^kills$|ed$|shot$| of$/.test(m[0].toLowerCase()) && !/^(?:dead|died|dies)$/i.test(m[0]);
      const n = countFor(text, from, vs, ve, qs, active);
      if (n !== null) {
        res[key] = n;
        break;
      }
    }
  }
  return res;
}
