import type { Event } from "../../model/index.ts";
import { knownPlace } from "../entities/gazetteer.ts";
import { gazetteerPlace, liesWithin, reach } from "./cities.ts";
import { placeKey } from "./place.ts";
import { placeScope } from "./scope.ts";

const WATER = /\b(?:Gulf|Sea|Ocean|Strait|Bay|Channel)$/;
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Incident places named as inside one another: by an article ("the Korvel Dam in northern Esterra"), or by
 * the gazetteer of cities when no text nests them ("Athens" in one report, "Greece" in another).
 */
export class PlaceLinks {
  /** Place key -> keys of the places the texts put it in. */
  private readonly outer = new Map<string, Set<string>>();
  /** Places each key lies in at any depth, once asked (the links are all made in the constructor). */
  private readonly seen = new Map<string, Set<string>>();

  constructor(events: Event[], texts: Map<string, string>) {
    const names = [...new Set(events.map((e) => e.place).filter((p): p is string => p !== null))];
    for (const id of new Set(events.map((e) => e.articleId))) {
      const text = texts.get(id);
      if (!text) continue;
      const here = names.filter((n) => text.includes(n));
      for (const a of here)
        for (const b of here) {
          const ka = placeKey(a);
          const kb = placeKey(b);
          // "felt across the Gulf in the UAE": a sea borders countries, it lies in none
          if (!ka || !kb || ka === kb || WATER.test(a)) continue;
          if (within(text, a, b) || liesIn(text, a, b) || dateline(text, a, b)) this.link(ka, kb);
        }
    }
    this.streets(events);
    const keys = [...new Set(names.map(placeKey))].filter((k): k is string => k !== null);
    for (const a of keys) for (const b of keys) if (a !== b && liesWithin(a, b)) this.link(a, b);
  }

  /** "the Independent Street apartment" in an article whose only town is New Bedford: the street is in it. */
  private streets(events: Event[]): void {
    for (const id of new Set(events.map((e) => e.articleId))) {
      const places = [...new Set(events.filter((e) => e.articleId === id).map((e) => e.place))];
      const towns = places.filter((p): p is string => p !== null && placeScope(p) === 1 && !WATER.test(p));
      const ks = new Set(towns.map(placeKey));
      if (ks.size !== 1) continue;
      const [town] = [...ks] as string[];
      for (const p of places) if (p && placeScope(p) === 0) this.link(placeKey(p) as string, town);
    }
  }

  private link(inner: string, outer: string): void {
    this.outer.set(inner, (this.outer.get(inner) ?? new Set()).add(outer));
  }

  /** Every place `key` lies in, at any depth ("Stadiou Street" in Athens, so in Greece). */
  private around(key: string): Set<string> {
    let out = this.seen.get(key);
    if (!out) this.seen.set(key, (out = reach(this.outer, key)));
    return out;
  }

  /** Named as inside another place: the more precise of the two. */
  isInner(key: string | null): boolean {
    return key !== null && this.outer.has(key);
  }

  /** The same place, or one inside the other at any depth (not two parts of one region). */
  near(a: string, b: string): boolean {
    return a === b || this.around(a).has(b) || this.around(b).has(a);
  }
}

/**
 * "Athens, Greece", "in Athens ... across Greece": the lexicon knows B as a country or region wider than A,
 * and a sentence names both close together.
 */
function liesIn(text: string, a: string, b: string): boolean {
  if (placeScope(b) <= placeScope(a)) return false;
  const re = new RegExp(
    `\\b${esc(a)}\\b[^.!?\\n]{0,60}\\b${esc(b)}\\b|\\b${esc(b)}\\b[^.!?\\n]{0,60}\\b${esc(a)}\\b`,
    "u",
  );
  return re.test(text);
}

/** "A in (northern) B", "A near B", "B's A": the text places A inside or next to B (a list "A, B" does not). */
function within(sentence: string, a: string, b: string): boolean {
  const re = new RegExp(
    `\\b${esc(a)}\\s+(?:in|near|outside)\\s+(?:the\\s+)?(?:(?:north|south|east|west|central)\\w*\\s+)?${esc(b)}\\b`,
    "u",
  );
  // "New Zealand's Mt Cook": A lies in B
  return re.test(sentence) || new RegExp(`\\b${esc(b)}['’]s\\s+${esc(a)}\\b`, "u").test(sentence);
}

/**
 * "East Flatbush, Brooklyn", "Richmond Hill, Queens": a place no list knows, then one the gazetteer knows
 * (a list of known places, "Detroit, Seattle", nests nothing).
 */
function dateline(text: string, a: string, b: string): boolean {
  if (!gazetteerPlace(b) || gazetteerPlace(a) || knownPlace(a)) return false;
  return new RegExp(`\\b${esc(a)},\\s+${esc(b)}\\b`, "u").test(text);
}
