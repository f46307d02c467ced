import type { Entity, Span, Speaker } from "../../model/index.ts";
import { FEMALE, MALE, PLURAL } from "../text/lexicon.ts";

/** Running state of speaker resolution through one article. */
export interface SpeakerState {
  entities: Entity[];
  last: Entity | null;
  gender: Map<string, "m" | "f">;
  /** Names no entity covers, read from appositive mentions ("Lon Wood, a retired journalist"), by surname. */
  unlisted?: Map<string, string>;
}

/** "Lon Wood, another retired journalist who …": a name heading an appositive, when no entity has it. */
const APPOSITIVE_HEAD =
  /^((?:\p{Lu}[\p{L}’'.-]+\s+){1,3}\p{Lu}[\p{L}’'-]+),\s+(?:a|an|another|the|his|her|their|one)\s/u;

const HEADS =
  /^(president|secretary|general|minister|spokes\w+|mayor|governor|chief|head|leader|director|ambassador|commander|envoy|chancellor|senator)$/;
const DROP = /^(the|a|an|of|and|’s|'s)$/i;

/** Resolves a source mention to a canonical person or organisation of the article. */
export function resolveSpeaker(st: SpeakerState, text: string, src: Span | null, inherit = true): Speaker {
  if (!src) return fromEntity(inherit ? st.last : null, null, null);
  const mention = text.slice(src[0], src[1]);
  const low = mention.toLowerCase();
  let e: Entity | null = null;
  if (low === "who" || low === "which") e = before(st, src[0]);
  else if (MALE.has(low) || FEMALE.has(low)) e = byPronoun(st, src[0], MALE.has(low) ? "m" : "f");
  // "it said", "they added": a body named before; "I", "we" outside quotes are the writer
  else if (low === "it" || low === "they" || low === "their")
    e = st.last && st.last.kind !== "person" ? st.last : null;
  else if (PLURAL.has(low) || low === "i") e = null;
  else
    e =
      (/^the /.test(low) ? byTitle(st, mention) : null) ?? overlapping(st, text, src) ?? byTitle(st, mention);
  if (e) st.last = e;
  return e ? fromEntity(e, mention, src) : { name: unlisted(st, mention), title: null, mention, span: src };
}

/** The name of a person no entity covers: an appositive's head, or a surname of one read before. */
function unlisted(st: SpeakerState, mention: string): string | null {
  st.unlisted ??= new Map();
  const head = APPOSITIVE_HEAD.exec(mention)?.[1];
  if (head) {
    st.unlisted.set(head.split(/\s+/).at(-1) ?? head, head);
    return head;
  }
  return st.unlisted.get(mention.replace(/^(?:Mr|Mrs|Ms|Dr)\.?\s+/, "")) ?? null;
}

function fromEntity(e: Entity | null, mention: string | null, span: Span | null): Speaker {
  return { name: e?.name ?? null, title: e?.title ?? null, mention, span };
}

function overlapping(st: SpeakerState, text: string, src: Span): Entity | null {
  let best: Entity | null = null;
  let bestAt = 0;
  const rank = { person: 3, organization: 2, place: 1 };
  for (const e of st.entities) {
    const s = e.spans.find((x) => x[0] < src[1] && src[0] < x[1]);
    if (!s) continue;
    // the head comes first: "Doe, who worked for Smith," is Doe
    if (!best || rank[e.kind] > rank[best.kind] || (rank[e.kind] === rank[best.kind] && s[0] < bestAt)) {
      best = e;
      bestAt = s[0];
    }
  }
  if (best?.kind !== "place") return best;
  const bare = text
    .slice(src[0], src[1])
    .replace(/^the\s+/i, "")
    .replace(/\s+(government|authorities|administration|military|officials)$/i, "");
  return bare === best.name || best.aliases.includes(bare) ? best : null;
}

/** "The NATO secretary general said": the person whose title holds every word of the description. */
function byTitle(st: SpeakerState, mention: string): Entity | null {
  const words = mention
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w && !DROP.test(w));
  if (words.length === 0 || !words.some((w) => HEADS.test(w))) return null;
  for (const e of st.entities) {
    if (e.kind !== "person" || !e.title) continue;
    const t = new Set(e.title.toLowerCase().split(/[\s-]+/));
    if (words.every((w) => t.has(w))) return e;
  }
  return null;
}

/** "she added": the last speaker if compatible, else the last compatible person named before. */
function byPronoun(st: SpeakerState, at: number, g: "m" | "f"): Entity | null {
  const ok = (e: Entity) => e.kind === "person" && (st.gender.get(e.id) ?? g) === g;
  let e: Entity | null = st.last && ok(st.last) ? st.last : null;
  if (!e) {
    let bestAt = -1;
    for (const c of st.entities) {
      if (!ok(c)) continue;
      const s = c.spans.filter((x) => x[1] <= at).at(-1);
      if (s && s[0] > bestAt) {
        bestAt = s[0];
        e = c;
      }
    }
  }
  if (e) st.gender.set(e.id, g);
  return e;
}

/** The entity named right before a relative pronoun ("Doe, who …"). */
function before(st: SpeakerState, at: number): Entity | null {
  for (const e of st.entities) if (e.spans.some((s) => s[1] <= at && at - s[1] <= 3)) return e;
  return null;
}
