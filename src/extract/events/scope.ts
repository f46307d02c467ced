import { createRequire } from "node:module";

type Lexicon = Record<string, string | string[]>;
let lexicon: Lexicon | null = null;

/** compromise's lexicon (an installed dependency), loaded on first use. */
function lex(): Lexicon {
  if (!lexicon) {
    const nlp = createRequire(import.meta.url)("compromise/two") as { world(): unknown };
    lexicon = (nlp.world() as { model: { one: { lexicon: Lexicon } } }).model.one.lexicon;
  }
  return lexicon;
}

/** How wide a place is by the lexicon: 3 a country ("Greece"), 2 a region or state ("Alaska"), else 1. */
export function placeScope(name: string): number {
  const t = lex()[name.toLowerCase().replace(/[-‐]/g, " ")];
  const tags = t === undefined ? "" : Array.isArray(t) ? t.join(",") : t;
  return /\bCountry\b/.test(tags) ? 3 : /\bRegion\b/.test(tags) ? 2 : 1;
}
