import type { Quantity } from "../numbers/index.ts";

const KILL =
  "killed|killing|kills|kill|dead|died|dies|slain|massacred|executed|shot dead|lost their lives|perished";
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
function countFor(text: string, vs: number, ve: number, qs: Quantity[], active: boolean): number | null {
  const after = AFTER_QUAL;
  for (const q of qs) {
    if (active && q.span[0] >= ve && after.test(text.slice(ve, q.span[0]))) return q.value;
  }
  for (let k = qs.length - 1; k >= 0; k--) {
    const q = qs[k];
    if (q.span[0] < vs && q.span[1] >= ve) return q.value; // "11 wounded"
    if (q.span[1] <= vs && BETWEEN_SUBJECT.test(text.slice(q.span[1], vs))) return q.value;
  }
  if (active) {
    const obj =
      /^\s+(?:the|a|an|one|his|her|their|its)\s+(?:[\p{L}'’.-]+\s+){0,4}?([\p{L}'’.-]+)(?=\s+(?:in|on|at|near|of|and|as|during|after|when|while|with|by)\b|[,.;]|$)/u.exec(
        text.slice(ve, ve + 80),
      );
    if (obj && !/s$/.test(obj[1]) && !/^(?:people|police|men|women|children)$/i.test(obj[1])) return 1;
  }
  const subj =
    /(?:^|[.;]\s+|,\s+)(?:A|An|One|The)\s+[^,.;]{0,60}?\s(?:has been|have been|was|had been|is)?\s*$/.exec(
      text.slice(Math.max(0, vs - 90), vs),
    );
  if (
    subj &&
    !/(?:s|people|police|men|women|children)\s+(?:has been|have been|was|had been|is)?\s*$/.test(subj[0])
  )
    return 1;
  return null;
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
      const active =
        /ing$|^kill$|^kills$|ed$/.test(m[0].toLowerCase()) && !/^(?:dead|died|dies)$/i.test(m[0]);
      const n = countFor(text, vs, vs + m[0].length, qs, active);
      if (n !== null) {
        res[key] = n;
        break;
      }
    }
  }
  return res;
}
