import { type Doc, isCapitalised, isWord } from "../text/doc.ts";
import { CLAUSE_STOP, DETERMINERS, MONTHS, SUBJECT_PRONOUNS, WEEKDAYS } from "../text/lexicon.ts";
import { commonWord } from "./common-word.ts";
import { CUES, NOT_HEAD } from "./cues.ts";

export type Range = [number, number];

const MAX_NP = 9;
const VERBAL = new Set(
  "is are was were has have had will would can could should may might did does do be been".split(" "),
);
const AFTER_STOP = new Set(
  "who which in at on during adding according after before while when told to as and said says from".split(
    " ",
  ),
);

const APPOSITIVE_PREP = new Set(["in", "at", "on", "from"]);

/** Words that never sit inside a source noun phrase to the left of its head ("with", "even", "let"). */
const LEFT_STOP = new Set("with including featuring even let despite".split(" "));

/** The noun phrase ending at token `b` (inclusive) within [first, b], scanning leftwards; null if none. */
export function sourceBefore(doc: Doc, first: number, b: number): Range | null {
  const { raw, lower } = doc.tk;
  if (b > first && raw[b] === ")") {
    const open = raw.lastIndexOf("(", b);
    if (open > first && b - open <= 6) {
      const inner = sourceBefore(doc, first, open - 1);
      return inner ? [inner[0], b + 1] : null;
    }
  }
  if (b > first && raw[b] === "%" && /^\d/.test(raw[b - 1])) return [b - 1, b + 1];
  if (b < first || !isWord(raw[b])) return null;
  if (SUBJECT_PRONOUNS.has(lower[b])) return [b, b + 1];
  if (CLAUSE_STOP.has(lower[b]) || CUES.has(lower[b]) || NOT_HEAD.has(lower[b])) return null;
  let a = b;
  while (a - 1 >= first && b - a + 1 < MAX_NP) {
    const w = lower[a - 1];
    // "the Farmers' Union": a plural possessive mark stays inside the noun phrase
    const possessive = /^[’']$/.test(raw[a - 1]) && a - 2 >= first && /[a-z]s$/i.test(raw[a - 2]);
    if (!isWord(raw[a - 1]) && !possessive && raw[a - 1] !== "-" && raw[a - 1] !== "&" && raw[a - 1] !== "/")
      break;
    if (CLAUSE_STOP.has(w) || SUBJECT_PRONOUNS.has(w) || CUES.has(w) || LEFT_STOP.has(w)) break;
    // "more Republicans have begun (urging)": the subject ends before the auxiliary
    if (VERBAL.has(w) && a - 2 >= first && verbTail(lower, a, b)) return sourceBefore(doc, first, a - 2);
    a--;
  }
  while (a < b && EDGE_ADVERBS.has(lower[a])) a++;
  return coordinated(doc, first, a, b) ?? [contactRelative(lower, a, b), b + 1];
}

/** Sentence adverbs at a noun phrase's left edge are no part of it ("Perhaps young voters"). */
const EDGE_ADVERBS = new Set(
  "perhaps probably just ultimately however also even still now then meanwhile indeed instead".split(" "),
);

const VERB_TAIL =
  /^(not|no|n[’']t|always|never|also|already|quite|just|still|long|begun|become|emerged)$|[a-z](ed|en|ly)$/;

/** Tokens [a, b] are a verb group's rest ("begun", "always", "provided no"), not a noun phrase. */
function verbTail(lower: string[], a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (!VERB_TAIL.test(lower[i])) return false;
  return true;
}

const ARTICLE = new Set(["the", "a", "an"]);
const NOT_NOUN = new Set([
  ...NOT_HEAD,
  ...PREP_WORDS(),
  "not",
  "all",
  "both",
  "half",
  "such",
  "what",
  "only",
]);

function PREP_WORDS(): string[] {
  return "behind about into than over under between through against like during along off onto upon across around toward towards without within".split(
    " ",
  );
}

/**
 * "not the 4 metres the inspectors (had asked for)", "the only amendment the founders (wrote)": two
 * determined noun phrases in contact, the second opening a relative clause, is the source.
 */
function contactRelative(lower: string[], a: number, b: number): number {
  for (let i = b; i > a + 1; i--) {
    if (!ARTICLE.has(lower[i])) continue;
    for (let j = i - 1; j >= a && j >= i - 4; j--) {
      const w = lower[j];
      if (j < i - 1 && (ARTICLE.has(w) || /^\d/.test(w))) return i;
      if (NOT_NOUN.has(w) || /^[’']s$|(ed|ing)$|^\W/.test(w)) break;
    }
  }
  return a;
}

/** "Bush and his rivals said": a coordinated name before "and" joins the source. */
function coordinated(doc: Doc, first: number, a: number, b: number): Range | null {
  const { raw, lower } = doc.tk;
  if (a - 2 < first || lower[a - 1] !== "and" || !isCapitalised(raw[a - 2])) return null;
  let s = a - 2;
  while (s - 1 >= first && s > a - 6 && isCapitalised(raw[s - 1]) && isWord(raw[s - 1])) s--;
  // "Clinton, Obama and Biden": the list's earlier items
  while (s - 2 >= first && raw[s - 1] === "," && isCapitalised(raw[s - 2])) {
    let t = s - 2;
    while (t - 1 >= first && isCapitalised(raw[t - 1]) && isWord(raw[t - 1])) t--;
    s = t;
  }
  if (s === first && s + 1 < a - 1 && OPENER_CAPS.has(lower[s])) return null;
  if (WEEKDAYS.has(lower[a - 2]) || MONTHS.has(lower[a - 2])) return null;
  // "most Republicans in Ohio and Iowa": the names complete a noun phrase before them
  const head = s - 2 >= first && NAME_PREP.has(lower[s - 1]) ? sourceBefore(doc, first, s - 2) : null;
  return [head ? head[0] : s, b + 1];
}
const NAME_PREP = new Set(["of", "in", "from", "at", "for", "by"]);
const OPENER_CAPS = new Set(["but", "and", "so", "in", "on", "at", "after", "when", "while"]);

/** Subject at the start of a sentence ("Trump went after Bush, calling …"): a pronoun or a capitalised name. */
export function sentenceSubject(doc: Doc, first: number, limit: number): Range | null {
  const { raw, lower } = doc.tk;
  // "Shortly after the merger, the families …": an opening adverbial up to its comma
  if (opener(doc, first)) {
    let c = first + 1;
    while (c < limit && c - first < 15 && raw[c] !== ",") c++;
    if (c < limit - 1 && raw[c] === "," && !CUES.has(lower[c + 1])) {
      // "At a rally in Portsmouth, N.H., on Tuesday, Sanders …": a further adverbial segment
      return subjectAt(doc, c + 1, limit) ?? (opener(doc, c + 1) ? sentenceSubject(doc, c + 1, limit) : null);
    }
  }
  return subjectAt(doc, first, limit);
}

/** A word opening an adverbial ("Shortly", "Inside", "Walking", "Last month"). */
function opener(doc: Doc, i: number): boolean {
  const w = doc.tk.lower[i];
  if (PREP.has(w) || OPENERS.has(w) || CLAUSE_STOP.has(w) || TIME_DET.has(w)) return true;
  return (
    ((w.endsWith("ly") && w.length > 4) || /[a-z]{3}ing$/.test(w)) &&
    (commonWord(doc, i) || participle(doc, i))
  );
}

/** "Walking to the car": a capitalised -ing word before a lower-case word. */
function participle(doc: Doc, i: number): boolean {
  return /^[A-Z][a-z]{2,}ing$/.test(doc.tk.raw[i]) && /^[a-z]/.test(doc.tk.raw[i + 1] ?? "");
}

function subjectAt(doc: Doc, first: number, limit: number): Range | null {
  const { raw, lower } = doc.tk;
  if (SUBJECT_PRONOUNS.has(lower[first]) && lower[first] !== "it") return [first, first + 1];
  let e = first;
  while (
    e < limit &&
    e - first < 8 &&
    isWord(raw[e]) &&
    (isCapitalised(raw[e]) || (lower[e] === "of" && e > first) || titleWord(doc, first, e, limit))
  )
    e++;
  const w = lower[first];
  if (DETERMINERS.has(w) && w !== "that") return determinedSubject(doc, first, limit);
  if (e === first || e >= limit || DETERMINERS.has(w) || PREP.has(w) || CLAUSE_STOP.has(w) || OPENERS.has(w))
    return null;
  // "Walking to the car, …", "Last month …": a common word capitalised only because it opens the sentence
  if (e === first + 1 && (commonWord(doc, first) || participle(doc, first))) return null;
  return raw[e] === "," || isWord(raw[e]) ? [first, e] : null;
}

/** "Port director Emil Haskel": a lower-case title word between capitalised words of one name. */
function titleWord(doc: Doc, first: number, e: number, limit: number): boolean {
  const { raw, lower } = doc.tk;
  const w = lower[e];
  if (e === first || e + 1 >= limit || !isCapitalised(raw[e + 1]) || !isWord(raw[e + 1])) return false;
  return (
    !CUES.has(w) &&
    !NOT_HEAD.has(w) &&
    !CLAUSE_STOP.has(w) &&
    !VERBAL.has(w) &&
    !PREP.has(w) &&
    !/(ed|ly)$/.test(w)
  );
}

const PAST = new Set(
  "sought took went made gave had was were is are has have said told came got ran won lost met left held put set led began became spent sent kept brought paid stood saw found felt knew thought will would could can did does".split(
    " ",
  ),
);

/** "The Florida senator sought …": a determiner and the words up to the first verb form. */
function determinedSubject(doc: Doc, first: number, limit: number): Range | null {
  const { raw, lower } = doc.tk;
  let e = first + 1;
  let pp = false;
  while (e < limit && e - first < 10 && isWord(raw[e])) {
    const w = lower[e];
    if (PAST.has(w) || CUES.has(w) || CLAUSE_STOP.has(w) || (/ed$/.test(w) && raw[e] === w && e > first + 1))
      break;
    // "A spokesman for the mayor defended …": one short complement after the head
    if (PREP.has(w) && (pp || e - first > 4)) return null;
    if (PREP.has(w)) pp = true;
    e++;
  }
  if (e - first < 2 || e >= limit || !(PAST.has(lower[e]) || CUES.has(lower[e]) || /ed$/.test(lower[e])))
    return null;
  return [first, e];
}

/** Source after an inverted cue ("…,” said Jane Doe, the mayor."), ending the clause. */
export function sourceAfter(doc: Doc, k: number, last: number, afterQuote = false): Range | null {
  const { raw, lower } = doc.tk;
  if (k >= last || !isWord(raw[k]) || WEEKDAYS.has(lower[k]) || MONTHS.has(lower[k])) return null;
  if (SUBJECT_PRONOUNS.has(lower[k])) return endsClause(doc, k + 1, last) ? [k, k + 1] : null;
  if (!afterQuote && !isCapitalised(raw[k]) && !DETERMINERS.has(lower[k]) && !QUANTIFIERS.has(lower[k]))
    return null;
  let e = k + 1;
  let comma = false;
  let lastComma = -1;
  while (e < last) {
    const w = raw[e];
    // "said Jane Doe, a lawyer who …": the relative clause closes the source at the clause's end
    if (REL.has(lower[e]) && lower[e] !== "where" && e > k + 1) return [k, clauseEnd(doc, e, last)];
    if (w === "(") {
      const close = raw.indexOf(")", e);
      if (close < 0 || close - e > 6 || close >= last) break;
      e = close + 1;
      continue;
    }
    if (w === "." || w === ";" || w === ":" || w === "—" || w === "“" || w === '"') break;
    // "said David Gilbert, its president and CEO"
    const and = comma && (lower[e] === "and" || lower[e] === "of") && isWord(raw[e + 1] ?? "");
    // "said Jane Doe, a professor at the University of Leeds": a place inside the appositive
    const inAppositive = comma && APPOSITIVE_PREP.has(lower[e]);
    if (!and && !inAppositive && AFTER_STOP.has(lower[e]) && e > k + 1) break;
    // "said Jane Doe, who teaches law at Leeds": the relative clause belongs to the source
    if (w === "," && e > k && /^(who|whose|which)$/.test(lower[e + 1] ?? "")) {
      const end = clauseEnd(doc, e + 1, last);
      const comma = raw.indexOf(",", e + 1);
      const stop = comma > 0 && comma < end ? comma : end;
      if (!relativeCue(lower, [e + 1, stop])) return [k, stop];
    }
    // "…, said Jane Doe, the mayor, adding that …": a participle cue after a comma closes the source
    if (
      w === "," &&
      (e + 1 >= last || AFTER_STOP.has(lower[e + 1]) || !isWord(raw[e + 1]) || CUES.get(lower[e + 1])?.ing)
    )
      break;
    if (w === ",") {
      comma = true;
      lastComma = e;
    }
    // inside an appositive a cue-like word is a noun or modifier ("a liberal think tank", "an early voice")
    const cueWord = CUES.has(lower[e]) && !(comma && !CUES.get(lower[e])?.ing);
    // "said Jane Doe, half joking": a verb after the comma leaves the name before it
    if (!and && (cueWord || CLAUSE_STOP.has(lower[e]) || VERBAL.has(lower[e])))
      return lastComma > k &&
        e > lastComma + 1 &&
        !CUES.has(lower[lastComma + 1]) &&
        !/ed$/.test(lower[lastComma + 1])
        ? [k, lastComma]
        : null;
    e++;
  }
  if (!endsClause(doc, e, last)) return null;
  while (e > k + 1 && raw[e - 1] === ",") e--;
  return [k, e];
}

/** End of a relative clause starting at `e`: the next sentence-level stop. */
function clauseEnd(doc: Doc, e: number, last: number): number {
  const { raw } = doc.tk;
  while (e < last && raw[e] !== "." && raw[e] !== ";" && raw[e] !== "—" && raw[e] !== "“" && raw[e] !== '"')
    e++;
  return e;
}

/** "…, said one GOP source in the room.": counted sources after an inverted cue. */
const QUANTIFIERS = new Set("one two three four another both each most all".split(" "));

function endsClause(doc: Doc, e: number, last: number): boolean {
  const w = doc.tk.raw[e];
  return (
    e >= last ||
    w === "." ||
    w === "," ||
    w === ";" ||
    w === "—" ||
    w === ":" ||
    w === "“" ||
    w === '"' ||
    AFTER_STOP.has(doc.tk.lower[e])
  );
}

const OPENERS = new Set(
  "over however also meanwhile earlier later then now still yet amid following according despite instead but and so".split(
    " ",
  ),
);
const SEP = new Set([",", "—", "–", "--"]);
const MARKS = new Set(["”", "“", '"', "''", "(", ")"]);
const PREP = new Set(
  "in at on during after before for with from by under as despite since in among".split(" "),
);
const REL = new Set(["who", "which", "whose", "whom", "where"]);

const SEG_ADVERBS = new Set(
  "however meanwhile too also though instead moreover indeed still then now later earlier speaking".split(
    " ",
  ),
);

/** A comma-bounded segment that is the writer's aside ("in a statement", "for his part"), not an appositive. */
function adverbial(raw: string[], lower: string[], seg: Range): boolean {
  const w = lower[seg[0]];
  if (PREP.has(w) || SEG_ADVERBS.has(w) || WEEKDAYS.has(w)) return true;
  return seg[1] - seg[0] === 1 && /ly$/.test(w) && raw[seg[0]] === w;
}

/** "Doe, who has described X as Y, said": a relative clause with a cue of its own is an attribution, not the source. */
function relativeCue(lower: string[], seg: Range): boolean {
  if (!REL.has(lower[seg[0]])) return false;
  for (let i = seg[0] + 1; i < seg[1]; i++) if (CUES.has(lower[i])) return true;
  return false;
}

/** Last verb or clause word of a segment that is no appositive or relative clause; -1 if none. */
function clauseWord(lower: string[], raw: string[], a: number, b: number): number {
  if (REL.has(lower[a]) || PREP.has(lower[a])) return -1;
  for (let i = b - 1; i >= a; i--) {
    const w = lower[i];
    if (raw[i] !== w || (!VERBAL.has(w) && (!CLAUSE_STOP.has(w) || w === "and" || w === "or"))) continue;
    // "a former official who is now a fellow": a relative clause inside an appositive
    for (let r = a; r < i; r++) if (REL.has(lower[r])) return -1;
    return i;
  }
  return -1;
}

/**
 * Source of "Jane Doe, 41, a nurse from Leeds, said" or "Doe, who …, said": the head noun phrase before a
 * run of comma-bounded segments, with its appositives but without relative clauses.
 */
export function sourceAcrossComma(doc: Doc, first: number, c: number): Range | null {
  const { raw, lower } = doc.tk;
  const segs: Range[] = [];
  let end = c;
  while (segs.length < 6) {
    let j = end - 1;
    while (j >= first && !SEP.has(raw[j]) && !MARKS.has(raw[j]) && end - j < 30) j--;
    // "Rep. Jane Doe (D-Md.), chair of …": a short parenthesis stays inside its segment
    while (
      j > first &&
      raw[j] === ")" &&
      j - raw.lastIndexOf("(", j) <= 6 &&
      raw.lastIndexOf("(", j) > first
    ) {
      j = raw.lastIndexOf("(", j) - 1;
      while (j >= first && !SEP.has(raw[j]) && !MARKS.has(raw[j]) && end - j < 30) j--;
    }
    // "Sanders won there, but the state's senator, Jane Doe, said": a clause ends the chain of segments
    const verb = segs.length ? clauseWord(lower, raw, j + 1, end) : -1;
    if (verb >= 0) {
      if (verb + 1 < end) segs.push([verb + 1, end]);
      break;
    }
    segs.push([j + 1, end]);
    if (j < first || !SEP.has(raw[j])) break;
    end = j;
  }
  let h = segs.length - 1;
  let head: Range | null = null;
  for (; h >= 0 && !head; h--) {
    if (PREP.has(lower[segs[h][0]])) continue;
    if (REL.has(lower[segs[h][0]])) return null;
    head = sourceBefore(doc, segs[h][0], segs[h][1] - 1);
  }
  h++;
  if (!head) return null;
  let stop = h;
  for (let i = h - 1; i >= 0 && !adverbial(raw, lower, segs[i]) && !relativeCue(lower, segs[i]); i--)
    stop = i;
  return stop === h ? head : [head[0], segs[stop][1]];
}

const TIME_HEAD = new Set(
  "week month year weekend night morning afternoon evening summer spring fall autumn winter time past".split(
    " ",
  ),
);
const TIME_DET = new Set(["last", "this", "next", "earlier", "that", "the"]);

/** Token before a time phrase that ends at `b` ("Doe last month joked", "Doe on Monday said"); else `b`. */
export function skipTimeLeft(lower: string[], first: number, b: number): number {
  let i = b;
  if (i - 1 >= first && (WEEKDAYS.has(lower[i]) || MONTHS.has(lower[i]))) i--;
  else if (i - 1 >= first && TIME_HEAD.has(lower[i]) && TIME_DET.has(lower[i - 1])) i -= 2;
  else if (i - 1 >= first && lower[i] === "ago") i -= 3;
  else return b;
  if (i >= first && (lower[i] === "on" || lower[i] === "in" || lower[i] === "earlier")) i--;
  return i >= first && i < b ? i : b;
}
