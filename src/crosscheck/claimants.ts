import type { Claim, Quote } from "../model/index.ts";
import { NameIndex, nameKey } from "./names.ts";

export const UNATTRIBUTED = "unattributed";

/**
 * Who claims a figure, across a story. A person speaking for an organisation that also
 * claims figures ("Anika Brandt, head of the Civil Protection Agency") counts as that organisation,
 * so the agency's figure and Brandt's figure are one claimant's.
 */
export class Claimants {
  private readonly names: NameIndex;
  private readonly alias = new Map<string, string>();
  private readonly bags = new Map<string, string>();

  constructor(claims: Claim[], quotes: Quote[], canon?: Map<string, string>) {
    this.names = new NameIndex(canon);
    for (const c of claims) this.names.add(c.claimant);
    for (const q of quotes) this.names.add(q.speaker.name);
    const orgs = new Set<string>();
    for (const c of claims) {
      const k = this.names.resolve(c.claimant);
      if (k) orgs.add(k);
    }
    for (const q of quotes) this.aliasSpeaker(q, orgs);
  }

  private aliasSpeaker(q: Quote, orgs: Set<string>): void {
    const person = this.names.resolve(q.speaker.name);
    const title = nameKey(q.speaker.title);
    if (!person || !title) return;
    const org = orgInTitle(title, person, orgs);
    if (org) this.alias.set(person, org);
  }

  key(claimant: string | null): string {
    const k = this.names.resolve(claimant);
    if (!k) return UNATTRIBUTED;
    const a = institution(this.alias.get(k) ?? k);
    // "U.S. Department of Defense" and "U.S. Defense Department" are one claimant.
    const bag = bagOf(a);
    const first = this.bags.get(bag);
    if (first) return first;
    this.bags.set(bag, a);
    return a;
  }

  display(key: string): string {
    return key === UNATTRIBUTED ? "unattributed" : this.names.display(key).replace(/^the\s+/i, "");
  }
}

/**
 * The organisation a title names: "head of the civil protection agency" in full, or "agency head"
 * by the organisation's head noun when only one organisation in the story ends with it.
 */
function orgInTitle(title: string, person: string, orgs: Set<string>): string | null {
  let best: string | null = null;
  for (const org of orgs)
    if (org !== person && ` ${title} `.includes(` ${org} `) && (!best || org.length > best.length))
      best = org;
  if (best) return best;
  const words = new Set(title.split(" "));
  const byHead = [...orgs].filter(
    (o) => o !== person && o.includes(" ") && words.has(o.split(" ").at(-1) ?? ""),
  );
  return byHead.length === 1 ? byHead[0] : null;
}

/** Names of one institution: "Pentagon" is the US Defense Department; "Washington" the US government. */
const INSTITUTIONS: [RegExp, string][] = [
  [/^(?:(?:u s|us|united states) )?(?:defen[cs]e department|department of defen[cs]e)$/, "pentagon"],
  [/^(?:u s|us|united states|washington)(?: government| administration)?$/, "united states"],
];

function institution(key: string): string {
  for (const [re, to] of INSTITUTIONS) if (re.test(key)) return to;
  return key;
}

function bagOf(key: string): string {
  return [...new Set(key.split(" ").filter((w) => w !== "of" && w !== "and"))].sort().join(" ");
}
