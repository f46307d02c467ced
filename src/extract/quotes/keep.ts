import type { Entity, Speaker } from "../../model/index.ts";
import { hasFiniteVerb } from "./clause.ts";
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
  /** The article's text: a lone capitalised word is a name if it stands alone elsewhere in it. */
  text?: string;
  /** The attribution sits in a title-case headline ("Clinton Claim That X Isn’t True"). */
  headline?: boolean;
}

/** Speech lemmas that ask, plan or offer rather than state. */
const NOT_STATEMENT = new Set(
  "ask offer discuss seek want plan decide learn consider see decline refuse prefer continue seem appear request thank welcome identify focus refer talk speak invoke reference echo push cite be was were is are support endorse back oppose favor favour champion advocate embrace".split(
    " ",
  ),
);

/**
 * Whether an attribution belongs in the stored quote list (the brief's "who said what"): a statement —
 * a speech cue with a clause or quoted words — by a speaker the reader can name.
 */
export function isStatement(c: Candidate, entities: Entity[]): boolean {
  const direct = c.kind === "direct";
  const who = speakerKind(c.speaker, entities, c.text ?? "");
  if (who === null) return false;
  if (direct && c.cls !== "stance" && who !== "group" && who !== "place") return true;
  if (c.cls !== "speech" || NOT_STATEMENT.has(c.lemma) || /^to\s/i.test(c.cue) || c.headline) return false;
  // "pointed out that …" states; "pointed to reports" cites
  if (c.lemma === "point" && !/out$/.test(c.cue)) return false;
  if (who === "place" && !placeSpeaks(c.speaker, c.lemma)) return false;
  if (SUBORDINATE.test(c.content) || VERB_FIRST.test(c.content) || FRAGMENT.test(c.content)) return false;
  // "he said", "It is": too little to be what someone stated
  if (c.kind === "indirect" && c.content.trim().split(/\s+/).length < 3) return false;
  return (c.kind !== "indirect" && !PREP_FIRST.test(c.content)) || hasFiniteVerb(c.content);
}

/** "said if Pyongyang had taken such action, …": a dependent clause cut from its main clause. */
const SUBORDINATE =
  /^(?:if|whether|unless|when|because|although|though|once|until|before|after|while|as|since|what|how|why|where|who|which)\b/i;

/** "said is why I went", "reported, with indications of …": content cut from its subject. */
const VERB_FIRST = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|does|did|do)\b/i;
const PREP_FIRST = /^(?:with|of|for|by|from)\b/i;
/** "and surrounded the building", "adding she was", "to buy the firm": a piece of a clause, or a plan. */
const FRAGMENT = /^(?:and|or|adding|saying|to)\s/;

type SpeakerKind = "person" | "organization" | "place" | "group" | null;

/** The kind of a speaker: a resolved entity's kind, a group or named body, or null when no noun phrase. */
function speakerKind(s: Speaker, entities: Entity[], text: string): SpeakerKind {
  // "Having announced …", "Rubio’s team winning praise": a participle is never the speaker's head
  if (s.mention && /(?:^|\s)\p{L}+ing$/u.test(headOf(s.mention))) return null;
  if (s.name) {
    const e = entities.find((x) => x.name === s.name);
    if (e) return e.kind;
  }
  if (!s.mention) return null;
  return nounPhrase(s.mention) || standaloneName(text, s.mention) ? "group" : null;
}

/** "Cruz admitted …" with no entity for Cruz: the word stands capitalised mid-sentence elsewhere. */
function standaloneName(text: string, m: string): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(m) || /ic$/.test(m)) return false;
  const re = new RegExp(`(?<=[\\p{Ll},;] )${m}(?! \\p{Lu})(?=[\\s,.;:’'])`, "u");
  return re.test(text);
}

/** "Seoul said", "Washington announced": a capital speaks for its government, a dam or river never. */
function placeSpeaks(s: Speaker, lemma: string): boolean {
  const name = s.name ?? "";
  const last = name.split(/\s+/).at(-1)?.toLowerCase() ?? "";
  if (THING_HEADS.has(last)) return false;
  // "DC", "UK": an abbreviation alone speaks only as the subject of "say"
  return !/^[A-Z.]{1,4}$/.test(name) || lemma === "say";
}

const SENTENCE_ADVERBS = new Set(
  "additionally separately similarly previously recently initially finally currently eventually apparently clearly obviously meanwhile however moreover furthermore instead later earlier".split(
    " ",
  ),
);

/** Heads of unnamed speakers that are clearly someone: people, bodies and their documents. */
const GROUP_HEADS = new Set(
  "official officials deputy spokesman spokeswoman spokesperson spokespeople police officers officer authorities government ministry ministers minister agency department office committee council union company firm opposition army military militia rebels prosecutors prosecutor investigators inspectors inspector doctors doctor experts analysts witnesses residents survivors lawyers lawyer judge court president governor mayor chairman chairwoman chair director chief head leader leaders commander spokespersons aides aide source sources diplomats diplomat negotiators envoy ambassador report study statement survey audit review assessment inquiry board service services administration campaign party group organisers organizers workers farmers teachers nurses parents students scientists researchers operator regulator utility embassy poll polls survey surveys results data figures census records documents estimates statistics".split(
    " ",
  ),
);
const NOT_IN_NP = new Set(
  "is are was were be been has have had will would can could should may might must did does do and or but however not said says told who which that when while if".split(
    " ",
  ),
);

/** "An audit from 2023, seen by …" → "An audit": the words before an appositive or a preposition. */
function headOf(mention: string): string {
  return mention
    .split(/\s*,\s*|\s+(?:of|from|at|in|for|on|with|by)\s+/)[0]
    .replace(/\s+(?:there|here|too|also|themselves|itself)$/i, "");
}

/** A noun phrase that names a speaker: no verb, no clause, headed by a name or a group noun. */
export function nounPhrase(mention: string): boolean {
  const head = headOf(mention);
  const words = head.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  // "Additionally, he was …", "released a statement": an adverb or a verb is no speaker's head
  if (SENTENCE_ADVERBS.has(words[0].toLowerCase()) || /^[a-z]+ed$/.test(words[0])) return false;
  for (const w of words) {
    const l = w.toLowerCase();
    if (NOT_IN_NP.has(l) || (/ing$/.test(l) && w === l)) return false;
  }
  const last = words[words.length - 1].replace(/[’']s?$/, "");
  // "Police said …" opening a sentence: a group noun, capitalised only by its place
  if (words.length === 1 && GROUP_HEADS.has(last.toLowerCase())) return true;
  if (/^[A-Z]/.test(last) && /[a-z]/.test(mention)) return words.length > 1 || words[0] !== mention;
  return GROUP_HEADS.has(last.toLowerCase());
}
