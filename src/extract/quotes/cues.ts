/** Cue-verb lexicon: reporting, cognition and evidence verbs with their inflections. */
/** "stance": acts that PolNeAR counts as attribution (voting for, nominating, releasing a report) but that
 * are not speech; reported by the span API, not turned into quotes. */
export type CueClass = "speech" | "thought" | "evidence" | "stance";

export interface CueWord {
  lemma: string;
  cls: CueClass;
  /** The verb takes a hearer object before its content ("told reporters that"). */
  hearer: boolean;
  /** Ambiguous verb: only a cue when followed by "that", a quote or a clear clause. */
  strict: boolean;
  ing: boolean;
}

// Plain reporting verbs: a source and a following clause or quote make them a cue.
const SPEECH =
  "say put add note write report announce explain declare claim insist warn reply respond answer state confirm deny admit acknowledge concede contend assert stress emphasize emphasise predict recall reveal tweet testify complain agree observe mention comment quip joke boast brag counter retort charge allege lament propose speculate conclude whisper shout yell exclaim proclaim disclose reiterate repeat remark hint imply argue suggest vow pledge promise threaten acknowledge caution concur muse opine protest object dispute recount recommend demand plead post posit surmise predict grumble scoff inform interject articulate rebut".split(
    " ",
  );
const HEARER = "tell inform assure remind warn ask urge notify promise".split(" ");
const THOUGHT =
  "think believe know feel hope fear worry suspect realize realise understand imagine wonder expect wish reckon guess presume".split(
    " ",
  );
const EVIDENCE = "show find indicate suggest reveal conclude".split(" ");
// Verbs whose object is often the content without "that" ("criticized the plan").
const STRICT =
  "talk speak point rail echo request deem focus refer call want see consider describe cite criticize criticise praise blame question accuse endorse support oppose dismiss reject defend attack urge decry denounce condemn slam blast mock seem appear continue decline refuse plan seek offer prefer decide order push identify express discuss learn back welcome hail laud applaud tout thank credit highlight fault lambast berate chide scold ridicule deride castigate tease label dub advocate champion favor favour embrace reaffirm reference liken invoke disavow justify knock distance dub jab".split(
    " ",
  );

// Acts of taking a position or publishing: an object noun phrase is the content ("voted for Cruz").
const STANCE =
  "vote name file list estimate project recognize recognise challenge encourage address introduce portray assail bemoan rebuff signal voice congratulate apologize apologise chant retweet email share present love hate dislike accept appoint ignore remember persuade convince promote rebuke characterize characterise frame regard attribute trash lampoon taunt snub anticipate envision touch side spar rule lash quote read view nominate unveil outline detail acquiesce balk weigh react brush lay".split(
    " ",
  );

const IRREGULAR: Record<string, string[]> = {
  seek: ["seeks", "sought", "seeking"],
  speak: ["speaks", "spoke", "spoken", "speaking"],
  mean: ["means", "meant", "meaning"],
  hear: ["hears", "heard", "hearing"],
  read: ["reads", "reading"],
  put: ["puts", "putting"],
  say: ["says", "said", "saying"],
  tell: ["tells", "told", "telling"],
  write: ["writes", "wrote", "writing", "written"],
  think: ["thinks", "thought", "thinking"],
  know: ["knows", "knew", "knowing", "known"],
  feel: ["feels", "felt", "feeling"],
  find: ["finds", "found", "finding"],
  see: ["sees", "saw", "seeing", "seen"],
  understand: ["understands", "understood", "understanding"],
  lie: ["lies", "lied", "lying"],
  show: ["shows", "showed", "showing", "shown"],
  lay: ["lays", "laid", "laying"],
};

function inflect(lemma: string): string[] {
  if (IRREGULAR[lemma]) return [lemma, ...IRREGULAR[lemma]];
  const e = lemma.endsWith("e");
  const y = /[^aeiou]y$/.test(lemma);
  const s = /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : y ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const ed = e ? `${lemma}d` : y ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`;
  const ing = e && !lemma.endsWith("ee") ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
  const dbl =
    /^(admit|regret|commit|refer|prefer|concur|quip|stop|plan|slam|spar|dub|rebut|jab|ban|bar|chat|nod|plug|vet|omit|submit)$/.test(
      lemma,
    );
  const c = lemma.at(-1);
  return dbl ? [lemma, s, `${lemma}${c}ed`, `${lemma}${c}ing`] : [lemma, s, ed, ing];
}

// Lemmas whose base and -s forms are mostly nouns ("the Post", "the state", "his comments").
const NOUNISH = new Set(
  "state post comment remark report note figure claim answer brief protest charge demand dispute promise tweet plan estimate support repeat reply attack question lament counter object estimate testify back order sign push credit request talk focus vote name release issue file list project address present challenge share signal voice cheer chant email blame view".split(
    " ",
  ),
);

function forms(lemma: string): string[] {
  const f = inflect(lemma);
  return NOUNISH.has(lemma) ? f.filter((x) => x !== lemma && x !== f[1]) : f;
}

/** Base and -s forms of the noun-like lemmas ("vote", "notes"): cues only in a verbal context. */
function nounishForms(): Map<string, CueWord> {
  const map = new Map<string, CueWord>();
  const strict = new Set([...STANCE, ...STRICT]);
  for (const lemma of NOUNISH) {
    const f = inflect(lemma);
    const cls: CueClass = STANCE.includes(lemma) ? "stance" : "speech";
    for (const form of [lemma, f[1]])
      map.set(form, { lemma, cls, hearer: false, strict: strict.has(lemma), ing: false });
  }
  return map;
}

export const NOUNISH_CUES: ReadonlyMap<string, CueWord> = nounishForms();
const VERB_LEFT = new Set(
  "would will could should might may must can cannot did do does not never also often they we i you he she who".split(
    " ",
  ),
);

const TRANSITIVE = new Set("support back blame credit attack question oppose endorse".split(" "));
const NOT_OBJECT = new Set(
  "of for in from among to and or but is are was were has have had will would from by at on with as than that".split(
    " ",
  ),
);
const OBJECT_START = /^(him|her|them|it|that|the|his|their|a|an|this|these|those|for|against)$/;

/** "would vote for", "they note", "Viguerie notes that": a noun-like form used as a verb. */
export function verbalNoun(
  raw: string[],
  lower: string[],
  k: number,
  first: number,
  titleCase = false,
): CueWord | undefined {
  const cw = NOUNISH_CUES.get(lower[k]);
  if (!cw || k === first) return undefined;
  const p = lower[k - 1];
  if (VERB_LEFT.has(p) || /n[’']t$/.test(p)) return cw;
  // "to support Clinton", "strongly back him": an infinitive or an adverb before an object
  const obj = OBJECT_START.test(lower[k + 1] ?? "") || /^[A-Z]/.test(raw[k + 1] ?? "");
  const adv = p === "to" || (/ly$/.test(p) && p.length > 4);
  if (adv && raw[k] === lower[k] && obj && TRANSITIVE.has(cw.lemma)) return cw;
  // "Two-thirds support banning …", "Millennials support background checks": a plural subject
  const plural =
    /[a-z]s$|^(half|majority|most|many|percent|%|thirds|quarters|minority)$/.test(p) &&
    !/ss$/.test(p) &&
    !phrasalBack(lower, k);
  const nx = lower[k + 1] ?? "";
  const objWord = /^[a-z]/.test(nx) && !NOT_OBJECT.has(nx);
  if (plural && raw[k] === lower[k] && TRANSITIVE.has(cw.lemma) && (obj || objWord)) return cw;
  if (!/^[A-Z]/.test(raw[k - 1]) || !lower[k].endsWith("s")) return undefined;
  // a headline "Sanders Promises Action": every word is capitalised
  if (titleCase) return cw;
  return k - 1 > first && raw[k] === lower[k] && lower[k + 1] === "that" ? cw : undefined;
}

const BACK_VERBS = new Set(
  "hold fight hit push come go bring pull scale roll cut look turn get win pay call step fall set put give take strike bounce claw sit stand move draw head send lash keep".split(
    " ",
  ),
);

/** "The dam, built in 1971, holds back …", "fights back": a verb and its particle, not "voters back X". */
function phrasalBack(lower: string[], k: number): boolean {
  const p = lower[k - 1];
  if (lower[k - 2] === "," || lower[k - 2] === ")") return true;
  if (lower[k] !== "back") return false;
  const stem = p.endsWith("es") && BACK_VERBS.has(p.slice(0, -2)) ? p.slice(0, -2) : p.slice(0, -1);
  return BACK_VERBS.has(stem);
}

/** A title-case line (headline): most of its words are capitalised. */
export function isTitleCase(raw: string[], first: number, last: number): boolean {
  let words = 0;
  let caps = 0;
  for (let i = first; i < last; i++) {
    if (!/^[A-Za-z]/.test(raw[i])) continue;
    words++;
    if (/^[A-Z]/.test(raw[i])) caps++;
  }
  return words >= 3 && caps >= words * 0.75;
}

function build(): Map<string, CueWord> {
  const map = new Map<string, CueWord>();
  const add = (lemmas: string[], cls: CueClass, hearer: boolean, strict: boolean) => {
    for (const lemma of lemmas) {
      for (const form of forms(lemma)) {
        if (map.has(form) && !strict) continue;
        map.set(form, { lemma, cls, hearer, strict, ing: form.endsWith("ing") });
      }
    }
  };
  add(STANCE, "stance", false, true);
  add(STRICT, "speech", false, true);
  add(EVIDENCE, "evidence", false, true);
  add(THOUGHT, "thought", false, false);
  add(SPEECH, "speech", false, false);
  add(HEARER, "speech", true, false);
  // Spinner synonyms met in rewritten news ("mentioned", "informed").
  for (const f of ["mentioned", "mentions", "informed", "informs"])
    map.set(f, {
      lemma: f.startsWith("m") ? "say" : "tell",
      cls: "speech",
      hearer: f.startsWith("i"),
      strict: false,
      ing: false,
    });
  return map;
}

/** Forms that read as verbs in news prose although their lemma is listed as noun-like or is missing. */
const EXTRA_FORMS =
  "notes supports blames lists fired sounded pressed focuses noticed alluding singled authorized".split(" ");

function withExtra(map: Map<string, CueWord>): Map<string, CueWord> {
  for (const f of EXTRA_FORMS)
    if (!map.has(f))
      map.set(f, { lemma: f, cls: "speech", hearer: false, strict: true, ing: f.endsWith("ing") });
  return map;
}

export const CUES: ReadonlyMap<string, CueWord> = withExtra(build());

/** Adverbs and auxiliaries that sit between a source and its cue ("has also said"). */
/** Words that never end a source noun phrase. */
export const NOT_HEAD = new Set(
  "a an the his her their its our my your to of in on at for with from by and or but have has had would will could should can may might must be been being got get is are was were do does did not".split(
    " ",
  ),
);
const PASSIVE_AUX = new Set("was were is are be been being".split(" "));
/** "was first reported by", "is called": passive cues are not attributions. */
export function isPassive(lower: string[], cs: number, k: number, form: string): boolean {
  if (!/ed$|own$|ought$|old$|aid$|ound$|een$|ritten$/.test(form)) return false;
  for (let i = cs; i < k; i++) if (PASSIVE_AUX.has(lower[i])) return lower[k + 1] !== "to";
  return false;
}

export const CUE_AUX = new Set(
  "has have had was were is are be been will would could can may might must did does do not n’t n't also long never later previously repeatedly recently then once again already often publicly privately reportedly initially first further still even just only frequently earlier subsequently flatly simply openly quickly immediately falsely correctly rightly angrily bluntly now really actually".split(
    " ",
  ),
);
