import type { Claim } from "../model/index.ts";
import type { WhatKey } from "./what.ts";

/** Counted nouns a cross-check is about: people, their homes, troops, weapons, money, jobs. */
const HEADS = new Set(
  (
    "people home troop civilian child woman man resident citizen worker employee staff soldier " +
    "fighter militant officer police refugee migrant victim survivor patient student passenger " +
    "protester demonstrator voter family household prisoner hostage detainee casualty death " +
    "injury building apartment farm school hospital job vote seat drone missile rocket shell " +
    "bomb tank aircraft jet warplane ship vessel boat vehicle"
  ).split(" "),
);
/** Bodies and spans of time: "three environmental groups", "two departments", "100 days" are context, not findings. */
const CONTEXT = new Set(
  (
    "group department society organization organisation agency committee office company firm " +
    "country nation party union court day week month year hour minute time"
  ).split(" "),
);
/** Units of a span of time. */
const SPANS = new Set("second minute hour day night week month year decade century".split(" "));
const SENTENCE = /\b(?:prison|jail|sentence|term|probation|custody|detention)\b/;
/** Units worth comparing whatever they measure: money and shares. */
const UNITS =
  /\b(?:dollar|euro|pound sterling|yen|yuan|renminbi|rupee|ruble|rouble|franc|krona|krone|peso|real|rand|won|lira|percentage|percent)\b/;

/**
 * Is a group of figures worth a row in the cross-check? Yes when it counts people, homes, troops,
 * weapons or money, says what happened to them (dead, missing, destroyed…), or two independent
 * origins give it (unless it counts bodies or spans of time); not "3 council meetings" or "2 helicopters"
 * in passing.
 */
export function salient(key: WhatKey, claims: Claim[], origins: number): boolean {
  // "two hours of negotiations", "two hours in his apartment": a span of time, whatever follows it, unless
  // it is a sentence ("ten years in prison")
  const span = (c: Claim) => c.unit !== null && SPANS.has(c.unit) && !SENTENCE.test(c.what ?? "");
  if (claims.length > 0 && claims.every(span)) return false;
  // "a 10-year-old": an age; "1 family", "1 season": a lone one with nothing said of it
  if (claims.every((c) => /\bof age$/.test(c.unit ?? ""))) return false;
  if (key.states.length === 0 && claims.every((c) => c.value === 1 && c.valueMax === null)) return false;
  if (key.states.length > 0 || HEADS.has(key.head)) return true;
  if (origins >= 2 && !CONTEXT.has(key.head)) return true;
  return claims.some((c) => c.unit !== null && UNITS.test(c.unit));
}
