import type { Event } from "../../model/index.ts";
import { placeKey } from "./place.ts";

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Incident places an article names as inside one another: "the Korvel Dam in northern Esterra". */
export interface PlaceLinks {
  /** Place key -> key of its group. */
  group: Map<string, string>;
  /** Keys of places named as inside another ("Korvel Dam" in "Esterra"): the more precise. */
  inner: Set<string>;
}

export function placeLinks(events: Event[], texts: Map<string, string>): PlaceLinks {
  const names = [...new Set(events.map((e) => e.place).filter((p): p is string => p !== null))];
  const parent = new Map<string, string>();
  const inner = new Set<string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) ?? r;
    return r;
  };
  for (const id of new Set(events.map((e) => e.articleId))) {
    const sentence = texts.get(id);
    if (!sentence) continue;
    for (const a of names)
      for (const b of names) {
        const ka = placeKey(a);
        const kb = placeKey(b);
        if (!ka || !kb || ka === kb || !within(sentence, a, b)) continue;
        inner.add(ka);
        if (find(ka) !== find(kb)) parent.set(find(ka), find(kb));
      }
  }
  const out = new Map<string, string>();
  for (const n of names) {
    const k = placeKey(n);
    if (k) out.set(k, find(k));
  }
  return { group: out, inner };
}

/** "A in (northern) B", "A near B": the text places A inside or next to B (a list "A, B" does not). */
function within(sentence: string, a: string, b: string): boolean {
  const re = new RegExp(
    `\\b${esc(a)}\\s+(?:in|near|outside)\\s+(?:the\\s+)?(?:(?:north|south|east|west|central)\\w*\\s+)?${esc(b)}\\b`,
    "u",
  );
  return re.test(sentence);
}
