export type { Change } from "./cues.ts";
export { extractQuantities } from "./extract.ts";
export { type Token, tokenize } from "./tokens.ts";
export type { Quantity } from "./types.ts";
