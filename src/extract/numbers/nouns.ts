import type { Token } from "./tokens.ts";
import { unitOf } from "./units.ts";

/** Words that end a counted-noun phrase: function words, auxiliaries, frequent verbs and adverbs. */
const STOP = new Set(
  `a an the this that these those of in on at by for with from to into onto over under about than as per
  since during after before between through across against among within without including via until upon
  and or but nor so yet if then than because while when where which who whom whose what how why
  is are was were be been being am has have had having do does did will would can could may might must
  shall should said says say told tells added adds according he she it they we you i me him her them us
  its their his our your my mine more most less least very too also just only even still already again
  now here there not no yes all both each every either neither some any many much few several such own
  same another ago later earlier each per cent percent up down out off away back around
  goes makes means seems comes remains includes becomes gets takes gives shows runs leads looks plays
  left right last next year-old ones one two three alone apiece each
  respectively total overall annually daily weekly monthly yearly today yesterday tomorrow
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  fewer greater higher lower larger smaller bigger better worse earlier later longer shorter`.split(/\s+/),
);
const IRREGULAR: Record<string, string> = {
  people: "people",
  men: "man",
  women: "woman",
  children: "child",
  feet: "foot",
  teeth: "tooth",
  mice: "mouse",
  geese: "goose",
  staff: "staff",
  police: "police",
  personnel: "personnel",
  troops: "troop",
  data: "data",
  media: "media",
  crew: "crew",
  cattle: "cattle",
  sheep: "sheep",
  fish: "fish",
  aircraft: "aircraft",
  deer: "deer",
  series: "series",
  species: "species",
};
const ES_WORDS = /(?:ches|shes|xes|zzes|sses|(?:vir|b|bon|camp|stat|cens|bl)uses)$/;

export function isPlural(w: string): boolean {
  const l = w.toLowerCase();
  if (l in IRREGULAR || (/men$/.test(l) && l.length > 4 && l !== "specimen")) return true;
  if (l.length < 3 || STOP.has(l)) return false;
  return /s$/.test(w) && !/(?:ss|us|is|ous)$/.test(l);
}

/** Singular of a plural noun ("tenancies" → "tenancy", "fishermen" → "fisherman"). */
export function singular(w: string): string {
  const l = w.toLowerCase();
  if (l in IRREGULAR) return IRREGULAR[l];
  if (/men$/.test(l) && l.length > 4) return `${w.slice(0, -3)}man`;
  if (!isPlural(w)) return w;
  if (/(?:calor|mov|cook|rook|zomb|brown|hood|selfi|pi|ti|li)ies$/.test(l)) return w.slice(0, -1);
  if (/ies$/.test(l) && l.length > 4) return `${w.slice(0, -3)}y`;
  if (ES_WORDS.test(l)) return w.slice(0, -2);
  return w.slice(0, -1);
}

export interface NounPhrase {
  surface: string;
  norm: string;
  /** The counted noun's singular, lower case ("troop"). */
  head: string;
  /** Token index after the phrase. */
  end: number;
}

/** Words (hyphenated compounds joined) from toks[i], at most `max`, stopping at stop words. */
function words(toks: Token[], i: number, max: number): { text: string; end: number }[] {
  const out: { text: string; end: number }[] = [];
  let j = i;
  while (j < toks.length && out.length < max) {
    const t = toks[j];
    if (t.kind !== "word" || STOP.has(t.lower)) {
      const prev = out.length > 0 && toks[j - 1];
      const nx = toks[j + 1];
      // "Kia and Hyundai vehicles": "and" between capitalised words
      const caps = prev && /^\p{Lu}/u.test(prev.text) && nx && /^\p{Lu}/u.test(nx.text);
      const lower = prev && !isPlural(prev.text) && nx?.kind === "word" && !STOP.has(nx.lower);
      if (t.lower === "and" && (caps || lower)) {
        j++;
        continue;
      }
      break;
    }
    if (/['’]s?$/.test(t.text)) break;
    let text = t.text;
    let k = j + 1;
    while (
      toks[k]?.text === "-" &&
      !toks[k].gap &&
      toks[k + 1] &&
      !toks[k + 1].gap &&
      toks[k + 1].kind === "word"
    ) {
      text += `-${toks[k + 1].text}`;
      k += 2;
    }
    out.push({ text, end: k });
    j = k;
  }
  return out;
}

/** The counted noun after a number: "13,000 workers", "50 different products", "two viruses". */
export function countedNoun(toks: Token[], i: number, one: boolean): NounPhrase | null {
  const ws = words(toks, i, 4);
  if (ws.length === 0 || ws[0].text.length < 2) return null;
  let head = ws.findIndex((w) => isPlural(w.text));
  if (one && head < 0 && ws.length >= 2 && !/ly$/.test(ws[0].text)) head = 1;
  // "five totally decked out …": an adverb is not what is counted
  if (!one && head < 0 && /[a-z]ly$/.test(ws[0].text)) return null;
  if (head < 0 || (one && head > 1)) {
    if (!one && /^[a-z]/.test(ws[0].text) === false) return null;
    // "the 120 counted by the ministry": a participle with its agent, not a noun
    if (/ed$/.test(ws[0].text) && toks[ws[0].end]?.lower === "by") return null;
    head = 0;
  }
  const parts = ws.slice(0, head + 1).map((w) => w.text);
  const norm = parts.map((p, k) => (k === head ? singular(p) : p)).join(" ");
  const unit = unitOf(parts[head]);
  const noun = singular(parts[head]).toLowerCase();
  if (unit && head > 0) return { surface: parts.join(" "), norm: unit, end: ws[head].end, head: noun };
  return { surface: parts.join(" "), norm, end: ws[head].end, head: noun };
}
