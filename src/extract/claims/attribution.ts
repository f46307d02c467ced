/** Who states a figure when no quote covers it: "according to X", "X said", "said X". */

const CUE =
  "said|says|say|told|tells|announced|announces|confirmed|confirms|estimated|estimates|reported|reports|added|adds|noted|notes|warned|warns|claimed|claims|stated|states|mentioned|introduced|believes|believe|assessed|disclosed|revealed|acknowledged|insisted|wrote|tweeted|posted";
const CUE_RE = new RegExp(`\\b(?:${CUE})\\b`, "g");
/** Lower-case words that may belong to a speaker's description ("Pentagon spokesperson Sabrina Singh"). */
const ROLE = new Set(
  "spokesperson spokesman spokeswoman secretary minister president officials official government general chief press deputy director ministry department agency police military army navy forces intelligence sources source analysts analyst experts expert authorities authority commander office service council mayor governor governments leaders leader representative ambassador envoy head".split(
    " ",
  ),
);
const SKIP_BEFORE = new Set([
  "has",
  "have",
  "had",
  "also",
  "then",
  "later",
  "earlier",
  "previously",
  "had",
  "would",
  "will",
  "it",
  "has",
]);
const PRONOUNS = new Set(["he", "she", "they", "it", "we"]);

export interface Attribution {
  mention: string;
  span: [number, number];
}

interface W {
  text: string;
  start: number;
  end: number;
}

function wordsOf(s: string, base: number): W[] {
  return [...s.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu)].map((m) => ({
    text: m[0],
    start: base + (m.index ?? 0),
    end: base + (m.index ?? 0) + m[0].length,
  }));
}

const isCap = (w: string): boolean => /^\p{Lu}/u.test(w);

/** The speaker noun phrase ending right before index k of ws (the cue's position). */
function subjectBefore(ws: W[], k: number, text: string): Attribution | null {
  let j = k - 1;
  while (
    j >= 0 &&
    (SKIP_BEFORE.has(ws[j].text.toLowerCase()) ||
      /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|on)$/i.test(ws[j].text))
  )
    j--;
  if (j < 0) return null;
  const end = j;
  if (PRONOUNS.has(ws[j].text.toLowerCase())) return { mention: ws[j].text, span: [ws[j].start, ws[j].end] };
  while (
    j >= 0 &&
    (isCap(ws[j].text) || ROLE.has(ws[j].text.toLowerCase()) || /^(?:of|for)$/.test(ws[j].text))
  ) {
    if (/[,;:“”"]/.test(text.slice(ws[j].end, ws[j + 1]?.start ?? ws[j].end))) break;
    j--;
  }
  let start = j + 1;
  while (start <= end && /^(?:of|for)$/.test(ws[start].text)) start++;
  if (start > end) return null;
  return { mention: text.slice(ws[start].start, ws[end].end), span: [ws[start].start, ws[end].end] };
}

/** The speaker noun phrase right after the cue ("said Ryan Sweet, head of ..."). */
function subjectAfter(ws: W[], k: number, text: string): Attribution | null {
  let j = k + 1;
  const start = j;
  while (j < ws.length && (isCap(ws[j].text) || ROLE.has(ws[j].text.toLowerCase()))) {
    j++;
    if (/[,;:.]/.test(text.slice(ws[j - 1].end, ws[j]?.start ?? ws[j - 1].end))) break;
  }
  if (j === start || !ws.slice(start, j).some((w) => isCap(w.text))) return null;
  return { mention: text.slice(ws[start].start, ws[j - 1].end), span: [ws[start].start, ws[j - 1].end] };
}

/** Attribution in text[from, to) nearest to the figure at `at`. */
export function attributionIn(text: string, from: number, to: number, at: number): Attribution | null {
  const part = text.slice(from, to);
  const acc = part.match(/according to ((?:the |an? )?[\p{L}’'. -]+?)(?=[,.;:)]|$| who| that| which)/u);
  if (acc && acc.index !== undefined) {
    const s = from + acc.index + "according to ".length;
    return { mention: acc[1].trim(), span: [s, s + acc[1].trim().length] };
  }
  const ws = wordsOf(part, from);
  let best: Attribution | null = null;
  let dist = Number.POSITIVE_INFINITY;
  CUE_RE.lastIndex = 0;
  for (const m of part.matchAll(CUE_RE)) {
    const pos = from + (m.index ?? 0);
    const k = ws.findIndex((w) => w.start === pos);
    if (k < 0 || /^(?:an?|the|its|their|his|her)$/i.test(ws[k - 1]?.text ?? "")) continue;
    const a = subjectBefore(ws, k, text) ?? subjectAfter(ws, k, text);
    if (a && Math.abs(pos - at) < dist) {
      best = a;
      dist = Math.abs(pos - at);
    }
  }
  return best;
}

export const isPronoun = (m: string): boolean => PRONOUNS.has(m.toLowerCase());
