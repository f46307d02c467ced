/** Character classes shared by the tokenizer and the fused sketcher. */

/** ASCII: lowercased code of a word character, 0 for a separator. */
export const LOWER = new Uint8Array(128);
for (let c = 48; c <= 57; c++) LOWER[c] = c;
for (let c = 65; c <= 90; c++) LOWER[c] = c + 32;
for (let c = 97; c <= 122; c++) LOWER[c] = c;

/** Non-ASCII: lowercased code of a letter (Latin-1, Greek, Cyrillic cased; others as is), 0 otherwise. */
export function lowerWide(c: number): number {
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba ? c : 0;
  if (c === 0xd7 || c === 0xf7) return 0;
  if (c >= 0x2000 && c <= 0x2bff) return 0;
  if (c >= 0x3000 && c <= 0x303f) return 0;
  if (c >= 0xd800 && c <= 0xdfff) return 0;
  if (c >= 0xfe30 && c <= 0xff0f) return 0;
  if (c <= 0xde) return c + 32;
  if (c >= 0x391 && c <= 0x3a9) return c + 32;
  if (c >= 0x410 && c <= 0x42f) return c + 32;
  if (c >= 0x400 && c <= 0x40f) return c + 80;
  return c;
}
