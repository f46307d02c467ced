import type { Entity, Quote } from "../../model/index.ts";
import { isPronoun } from "./attribution.ts";

const TITLES =
  /^(?:(?:the|deputy|acting|former|chief|senior|vice|press|prime|foreign|defence|defense|secretary|spokesperson|spokesman|spokeswoman|minister|president|general|major|lieutenant|colonel|director|mayor|governor|senator|sen\.|rep\.|dr\.|mr\.|mrs\.|ms\.|pentagon|white house|state department|us|u\.s\.|nato)[\s-]+)+/i;

/** Canonical name for a speaker mention: the entity it names, its surname's full form, or the mention. */
export function canonical(
  mention: string,
  at: number,
  text: string,
  entities: Entity[],
  quotes: Quote[],
): string {
  if (isPronoun(mention)) return pronounSpeaker(at, entities, quotes) ?? mention;
  const bare = mention.replace(/^(?:the|an?)\s+/i, "").trim();
  const direct = entities.find((e) => e.name === bare || e.aliases.includes(bare));
  if (direct) return direct.name;
  const tail = bare.match(/(?:\p{Lu}[\p{L}’'.-]*\s+)*\p{Lu}[\p{L}’'.-]*$/u)?.[0] ?? bare;
  const named = tail.replace(TITLES, "").trim() || tail;
  const hit = entities.find(
    (e) => e.name === named || e.aliases.includes(named) || e.name.endsWith(` ${named}`),
  );
  if (hit) return hit.name;
  if (!/\s/.test(named)) {
    const full = text
      .slice(0, at)
      .match(new RegExp(`\\p{Lu}[\\p{L}’'-]+\\s+${named.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "u"));
    if (full && !TITLES.test(`${full[0].split(/\s+/)[0]} `)) return full[0];
  }
  return /^\p{Lu}/u.test(bare) && bare === tail ? named : bare;
}

/** "she said": the latest named speaker of a quote, or the latest person named, before `at`. */
function pronounSpeaker(at: number, entities: Entity[], quotes: Quote[]): string | null {
  const q = quotes.filter((x) => x.span[0] < at && x.speaker.name).sort((a, b) => b.span[0] - a.span[0])[0];
  if (q?.speaker.name) return q.speaker.name;
  let best: { name: string; pos: number } | null = null;
  for (const e of entities) {
    if (e.kind !== "person") continue;
    for (const s of e.spans) if (s[0] < at && (!best || s[0] > best.pos)) best = { name: e.name, pos: s[0] };
  }
  return best?.name ?? null;
}
