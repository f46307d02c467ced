import type { Quantity } from "../numbers/index.ts";

/** Counted things that are never casualties ("46 KOs", "23 points", "two helicopters"). */
const NOT_VICTIMS =
  /^(?:points?|games?|goals?|times?|KOs?|rounds?|seasons?|votes?|seats?|copies|units?|yards?|runs?|wins?|losses|rebounds?|assists?|books?|films?|songs?|albums?|nominations?|awards?|titles?|helicopters?|planes?|aircraft|vehicles?|cars?|trucks?|buses|houses?|homes?|buildings?|villages?|towns?|aftershocks?|tremors?|tanks?|ships?|boats?|rockets?|missiles?|bombs?|shells?)$/i;

/** A number that counts people, not an age ("36-year-old", "Gomes, 35,"), a year, a span of time or a measure. */
export function victimCount(text: string, q: Quantity): boolean {
  const after = text.slice(q.span[1], q.span[1] + 24);
  const before = text.slice(Math.max(0, q.span[0] - 24), q.span[0]);
  if (/^\s*-?\s*(?:years?|yrs?|months?|weeks?|days?|hours?|minutes?|decades?)\b/i.test(after)) return false;
  if (/\b(?:aged?|age of|ages)\s+$/i.test(before)) return false;
  // "mother of 12": her children, not victims
  if (/\b(?:mother|father|mum|mom|dad|parent|grandmother|grandfather) of\s+$/i.test(before)) return false;
  // "Gary Gomes, 35, was": an age set off by commas after a name
  if (/\p{Lu}[\p{L}'’-]+\s*,\s*$/u.test(before) && /^\s*,/.test(after) && q.value < 120) return false;
  // "two more victims", "another three": more dead on top of a toll, not the toll ("wounded dozens more" is)
  const more =
    /^[\p{L}\p{N},.-]+\s+more\b/iu.test(text.slice(q.span[0], q.span[1] + 6)) &&
    !/\b(?:wound|injur|hurt)\w*\s+$/i.test(before);
  if (more || /\b(?:another|a further|an additional)\s+$/i.test(before)) return false;
  const raw = text.slice(q.span[0], q.span[1]);
  if (/^(?:1[5-9]|20)\d\d$/.test(raw.trim())) return false;
  if (q.unit && !q.counted) return false;
  if (q.noun && NOT_VICTIMS.test(q.noun)) return false;
  return true;
}

/** Heads of noun phrases that name people ("the chief", "a climber", "his father"). */
const PERSON =
  /^(?:man|woman|men|women|boy|girl|child|baby|infant|toddler|teen|teenager|youth|person|people|civilian|resident|villager|soldier|troop|officer|policeman|policewoman|cop|deputy|guard|trooper|marine|sailor|pilot|driver|passenger|pedestrian|cyclist|motorcyclist|worker|employee|climber|hiker|mountaineer|skier|tourist|student|pupil|teacher|journalist|reporter|photographer|judge|chief|leader|commander|mayor|governor|minister|official|lawmaker|priest|imam|doctor|nurse|patient|inmate|prisoner|suspect|gunman|attacker|bomber|militant|fighter|rebel|victim|father|mother|mum|mom|dad|grandson|granddaughter|son|daughter|brother|sister|wife|husband|girlfriend|boyfriend|friend|neighbour|neighbor|fisherman|farmer|shopkeeper|owner|customer|bystander|fan|player|member|protester|demonstrator|activist|colleague|coworker|co-worker|manager|boss|spouse|parent|grandmother|grandfather|uncle|aunt|cousin|nephew|niece|sheriff|constable|ranger|firefighter|crew|crewman|captain|hostage|migrant|refugee|pilgrim|worshipper|mourner|guest|partygoer|diner|shopper)s?$/i;

/** "people", "men", "victims": a head that names more than one person. */
export const plural = (head: string): boolean => /s$|^(?:people|men|women|children|police)$/i.test(head);

/** The noun phrase names a person: a person noun or a capitalised name as its head. */
export function personHead(head: string): boolean {
  return PERSON.test(head) || /^\p{Lu}[\p{Ll}'’-]+$/u.test(head);
}

/** "wasn't hurt", "no one was killed", "without injuring": a denied casualty. */
export const DENIED_BEFORE = /\b(?:not|n't|no one|nobody|none|never|without|no|neither|nor)\b[^,.;]{0,25}$/i;

/** "injured reserve", "injured list": sports rosters, not casualties. */
export const NOT_CASUALTY_AFTER = /^\s+(?:reserve|list|ligament|knee|ankle|hamstring|shoulder)\b/i;

/** Deaths of illness or age are not incidents. */
export const NATURAL_DEATH =
  /\b(?:natural causes|passed away|at the age of|at age \d+|(?:dead|dies|died) at \d+|aged \d+|heart (?:attack|failure)|pneumonia|cancer|stroke|illness|disease|complications|old age|kidney|in (?:his|her) sleep|died peacefully)\b/i;

/** A sentence about a game or a bout: its hurt and injured players are no incident. */
export const SPORT =
  /\b(?:\d+-\d+ (?:loss|win|defeat|victory)|loss to|win over|games?|season|match|bout|knock(?:out|ed down)|rounds?|quarterback|linebacker|running back|playoffs?|coach|scored)\b/i;
