import { type NounPhrase, singular } from "./nouns.ts";
import type { Token } from "./tokens.ts";

/** Words that end "one of the ..." phrases, and words left out of its normal form. */
const STOP_AT = new Set(
  "that who which whom so but several this these those around when where while because if as than with is are was were has have had will would can could did does do".split(
    " ",
  ),
);
const DROP = new Set(
  "the a an his her my their its our your in of for to ever most more and on at from by into".split(" "),
);
const SUPERLATIVE: Record<string, string> = {
  best: "good",
  worst: "bad",
  largest: "large",
  latest: "late",
  finest: "fine",
  widest: "wide",
  safest: "safe",
  closest: "close",
  rarest: "rare",
  nicest: "nice",
  purest: "pure",
  bravest: "brave",
  simplest: "simple",
  cutest: "cute",
};
const NOT_SUPERLATIVE =
  /^(?:interest|forest|contest|protest|request|harvest|conquest|honest|modest|west|test|rest|guest|chest|nest|quest|arrest|digest|manifest)$/;

/** Base form of a superlative: "hottest" → "hot", "earliest" → "early", "proudest" → "proud". */
function base(w: string): string {
  const l = w.toLowerCase();
  if (l in SUPERLATIVE) return SUPERLATIVE[l];
  if (!/est$/.test(l) || l.length < 6 || NOT_SUPERLATIVE.test(l)) return w;
  let s = l.slice(0, -3);
  if (/([bdgmnprt])\1$/.test(s)) s = s.slice(0, -1);
  if (/i$/.test(s)) s = `${s.slice(0, -1)}y`;
  return s;
}

/** "one of the proudest moments in his life" → "proud moment life" (CQE's normal form of the counted phrase). */
export function oneOfPhrase(toks: Token[], i: number): NounPhrase | null {
  const kept: string[] = [];
  let head = "";
  let end = i;
  for (let j = i; j < toks.length && j < i + 14; j++) {
    const t = toks[j];
    if (t.kind !== "word" || STOP_AT.has(t.lower)) break;
    let lower = t.lower;
    // "one of their co-workers": a hyphenated word is one word
    while (
      toks[j + 1]?.text === "-" &&
      !toks[j + 1].gap &&
      toks[j + 2]?.kind === "word" &&
      !toks[j + 2].gap
    ) {
      lower += `-${toks[j + 2].lower}`;
      j += 2;
    }
    end = j + 1;
    const w = lower.replace(/['’]s?$/, "");
    if (DROP.has(w) || !w) continue;
    const lemma = base(w);
    const plural = singular(lemma);
    if (!head && plural !== lemma) head = plural;
    kept.push(plural);
  }
  if (kept.length === 0) return null;
  let surface = "";
  for (let j = i; j < end; j++) {
    const glued = toks[j].text === "-" || toks[j - 1]?.text === "-";
    surface += (j > i && !(glued && !toks[j].gap) ? " " : "") + toks[j].text;
  }
  return { surface, norm: kept.join(" "), end, head: head || kept[kept.length - 1] };
}
