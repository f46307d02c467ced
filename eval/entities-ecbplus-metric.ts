/**
 * Scoring of our entities against ECB+ gold mentions (see eval/entities-ecbplus.ts for the figures).
 */
import type { Entity } from "../src/model/index.ts";
import type { GoldMention } from "./entities-ecbplus-gold.ts";

export type Gold =
  | "person"
  | "organization"
  | "place"
  | "gpe"
  | "met"
  | "facility"
  | "generic"
  | "vehicle"
  | "thing"
  | "time";

export function goldClass(tag: string): Gold {
  if (tag === "HUMAN_PART_PER") return "person";
  if (tag === "HUMAN_PART_ORG") return "organization";
  if (tag === "HUMAN_PART_GPE" || tag === "HUMAN_PART") return "gpe";
  if (tag === "HUMAN_PART_MET") return "met";
  if (tag === "HUMAN_PART_GENERIC") return "generic";
  if (tag === "HUMAN_PART_VEH") return "vehicle";
  if (tag === "LOC_GEO") return "place";
  if (tag === "LOC_FAC" || tag === "LOC_OTHER" || tag === "HUMAN_PART_FAC") return "facility";
  if (tag.startsWith("TIME_")) return "time";
  return "thing";
}

/** Our kinds that fit each gold class (none fit a ship, a thing or a time). */
export const FITS: Record<Gold, Entity["kind"][]> = {
  person: ["person"],
  organization: ["organization"],
  place: ["place"],
  gpe: ["place", "organization"],
  met: ["organization", "place"],
  facility: ["place", "organization"],
  generic: [],
  vehicle: [],
  thing: [],
  time: [],
};
const NAMED: Gold[] = ["person", "organization", "place", "gpe", "met", "facility"];

export interface Tally {
  docs: number;
  scored: number;
  right: number;
  byKind: Record<string, { on: number; right: number }>;
  personEntities: number;
  personOnGold: number;
  personOnNonPerson: number;
  named: number;
  namedFound: number;
  confusion: Map<string, number>;
  errors: Map<string, number>;
  missedTokens: number;
}

export const newTally = (): Tally => ({
  docs: 0,
  scored: 0,
  right: 0,
  byKind: {},
  personEntities: 0,
  personOnGold: 0,
  personOnNonPerson: 0,
  named: 0,
  namedFound: 0,
  confusion: new Map(),
  errors: new Map(),
  missedTokens: 0,
});

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/** The annotated mention that overlaps [a, b) most (the shorter one on ties), or null. */
function bestGold(gold: GoldMention[], a: number, b: number): GoldMention | null {
  let best: GoldMention | null = null;
  let bestOv = 0;
  for (const g of gold) {
    const ov = Math.min(b, g.b) - Math.max(a, g.a);
    if (ov <= 0) continue;
    if (ov > bestOv || (ov === bestOv && best && g.b - g.a < best.b - best.a)) {
      best = g;
      bestOv = ov;
    }
  }
  return best;
}

export function scoreDoc(t: Tally, text: string, gold: GoldMention[], entities: Entity[]): void {
  t.docs++;
  for (const e of entities) {
    let onGold = false;
    let onOther = false;
    for (const [a, b] of e.spans) {
      const g = bestGold(gold, a, b);
      if (!g) continue;
      const cls = goldClass(g.tag);
      if (cls === "generic") continue;
      onGold = true;
      const ok = FITS[cls].includes(e.kind);
      if (cls !== "person") onOther = true;
      const k = (t.byKind[e.kind] ??= { on: 0, right: 0 });
      k.on++;
      if (ok) k.right++;
      bump(t.confusion, `${cls} -> ${e.kind}`);
      if (NAMED.includes(cls)) {
        t.scored++;
        if (ok) t.right++;
      }
      if (!ok) bump(t.errors, `${e.kind} "${text.slice(a, b)}" on ${cls} "${g.text.slice(0, 40)}"`);
    }
    if (e.kind === "person") {
      t.personEntities++;
      if (onGold) t.personOnGold++;
      if (onOther) t.personOnNonPerson++;
    }
  }
  for (const g of gold) {
    const cls = goldClass(g.tag);
    if (!g.named || !NAMED.includes(cls)) continue;
    t.named++;
    const hit = entities.some(
      (e) => FITS[cls].includes(e.kind) && e.spans.some(([a, b]) => Math.min(b, g.b) > Math.max(a, g.a)),
    );
    if (hit) t.namedFound++;
  }
}
