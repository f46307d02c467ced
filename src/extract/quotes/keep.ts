import type { Entity, Speaker } from "../../model/index.ts";
import { THING_HEADS } from "./colon.ts";
import type { CueClass } from "./cues.ts";

/** What the brief needs to judge one attribution: its cue, its speaker, and one content part. */
export interface Candidate {
  cls: CueClass;
  lemma: string;
  /** The cue's words ("said", "to discuss"). */
  cue: string;
  speaker: Speaker;
  kind: "direct" | "indirect" | "mixed";
  content: string;
}

/** Speech lemmas that ask, plan or offer rather than state. */
const NOT_STATEMENT = new Set(
  "ask offer discuss seek want plan decide learn consider see decline refuse prefer continue seem appear request thank welcome identify focus refer talk speak invoke reference echo".split(
    " ",
  ),
);

/**
 * Whether an attribution belongs in the stored quote list (the brief's "who said what"): a statement —
 * a speech cue with a clause or quoted words — by a speaker the reader can name.
 */
export function isStatement(c: Candidate, entities: Entity[]): boolean {
  const direct = c.kind === "direct";
  const who = speakerKind(c.speaker, entities);
  if (who === null) return false;
  if (direct && who !== "group" && who !== "place") return true;
  if (c.cls !== "speech" || NOT_STATEMENT.has(c.lemma) || /^to\s/i.test(c.cue)) return false;
  if (who === "place" && !placeSpeaks(c.speaker, c.lemma)) return false;
  return c.kind !== "indirect" || (hasFiniteVerb(c.content) && !SUBORDINATE.test(c.content));
}

/** "said if Pyongyang had taken such action, …": a dependent clause cut from its main clause. */
const SUBORDINATE = /^(?:if|whether|unless|when|because|although|though|once|until|before|after|while)\b/i;

type SpeakerKind = "person" | "organization" | "place" | "group" | null;

/** The kind of a speaker: a resolved entity's kind, a group or named body, or null when no noun phrase. */
function speakerKind(s: Speaker, entities: Entity[]): SpeakerKind {
  if (s.name) {
    const e = entities.find((x) => x.name === s.name);
    if (e) return e.kind;
  }
  return s.mention && nounPhrase(s.mention) ? "group" : null;
}

/** "Seoul said", "Washington announced": a capital speaks for its government, a dam or river never. */
function placeSpeaks(s: Speaker, lemma: string): boolean {
  const name = s.name ?? "";
  const last = name.split(/\s+/).at(-1)?.toLowerCase() ?? "";
  if (THING_HEADS.has(last)) return false;
  // "DC", "UK": an abbreviation alone speaks only as the subject of "say"
  return !/^[A-Z.]{1,4}$/.test(name) || lemma === "say";
}

const FINITE = new Set(
  "is are was were be been has have had will would can could should may might must did does do am 's ’s 're ’re 've ’ve 'd ’d 'll ’ll won't won’t says said told shot hit cut put set lost won fell rose left led made took gave sent kept held met ran came went got saw found thought knew began became brought bought fought sold paid spent stood struck wrote spoke broke chose drove flew grew threw".split(
    " ",
  ),
);
const SUBJECT = /^(he|she|it|this|that|which|who|one|nobody|everyone|no one)$/;

/** A clause, not a bare noun phrase: an auxiliary, a past tense, or a present verb after a subject. */
export function hasFiniteVerb(text: string): boolean {
  const w = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter(Boolean);
  for (let i = 0; i < w.length; i++) {
    const t = w[i];
    if (FINITE.has(t) || /n[’']t$/.test(t)) return true;
    if (i > 0 && t.length > 3 && /[^e]ed$|[^aeiou]ied$|eed$/.test(t) && !DETERMINER.test(w[i - 1]))
      return true;
    if (i > 0 && /[a-z][^su]s$/.test(t) && SUBJECT.test(w[i - 1])) return true;
  }
  return false;
}

const DETERMINER = /^(the|a|an|its|his|her|their|our|this|these|those|some|no|any|every|each)$/;

/** Heads of unnamed speakers that are clearly someone: people, bodies and their documents. */
const GROUP_HEADS = new Set(
  "official officials deputy spokesman spokeswoman spokesperson spokespeople police officers officer authorities government ministry ministers minister agency department office committee council union company firm opposition army military militia rebels prosecutors prosecutor investigators inspectors inspector doctors doctor experts analysts witnesses residents survivors lawyers lawyer judge court president governor mayor chairman chairwoman chair director chief head leader leaders commander spokespersons aides aide source sources diplomats diplomat negotiators envoy ambassador report study statement survey audit review assessment inquiry board service services administration campaign party group organisers organizers workers farmers teachers nurses parents students scientists researchers officials' operator regulator utility embassy".split(
    " ",
  ),
);
const NOT_IN_NP = new Set(
  "is are was were be been has have had will would can could should may might must did does do and or but however not said says told who which that when while if".split(
    " ",
  ),
);

/** A noun phrase that names a speaker: no verb, no clause, headed by a name or a group noun. */
export function nounPhrase(mention: string): boolean {
  const head = mention
    .split(/\s*,\s*|\s+(?:of|from|at|in|for|on|with|by)\s+/)[0]
    .replace(/\s+(?:there|here|too|also|themselves|itself)$/i, "");
  const words = head.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  for (const w of words) {
    const l = w.toLowerCase();
    if (NOT_IN_NP.has(l) || (/ing$/.test(l) && w === l)) return false;
  }
  const last = words[words.length - 1].replace(/[’']s?$/, "");
  if (/^[A-Z]/.test(last) && /[a-z]/.test(mention)) return words.length > 1 || words[0] !== mention;
  return GROUP_HEADS.has(last.toLowerCase());
}
