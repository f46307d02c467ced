import { hashWord } from "./hash.ts";

/** English function words (written for this project). A 3-gram made only of these is a stock phrase. */
const WORDS = (
  "a about above after again against all also am an and any are as at be because been before being " +
  "below between both but by can could did do does doing down during each few for from further had has " +
  "have having he her here hers herself him himself his how i if in into is it its itself just me more " +
  "most my myself no nor not now of off on once only or other our ours out over own same she should so " +
  "some such than that the their theirs them themselves then there these they this those through to too " +
  "under until up very was we were what when where which while who whom why will with would you your " +
  "said says say told s t one two three new last first year years since among per around including " +
  "may might must shall us am upon within without"
).split(" ");

const SIZE = 1024;
const MASK = SIZE - 1;
/** Open-addressing set of the words' hashes (0 marks an empty slot; no word hashes to 0). */
export const STOP_TABLE = new Uint32Array(SIZE);
for (const w of WORDS) {
  const h = hashWord(w);
  let slot = h & MASK;
  while (STOP_TABLE[slot] !== 0 && STOP_TABLE[slot] !== h) slot = (slot + 1) & MASK;
  STOP_TABLE[slot] = h;
}

/** Whether a token hash (as from the tokenizer) is a function word. */
export function isStopHash(h: number, table: Uint32Array = STOP_TABLE): boolean {
  h >>>= 0;
  let slot = h & MASK;
  while (table[slot] !== 0) {
    if (table[slot] === h) return true;
    slot = (slot + 1) & MASK;
  }
  return false;
}
