/** Particles and prepositions that belong to a cue ("spoke about", "called for", "ruled out"). */
import type { Attribution, QuoteCtx } from "./attribution.ts";

const CUE_PREPS = new Set(["of", "about", "for", "on", "against", "with", "over", "at", "upon"]);
const NP_START = /^(the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|us|me|it)$/;

/** A preposition between cue and content belongs to the cue ("spoke about | the plan", "referred to | Doe"). */
export function particleToCue(ctx: QuoteCtx, a: Attribution): void {
  const { raw, lower } = ctx.doc.tk;
  const c = a.content[0];
  if (c[0] !== a.cue[1] || c[1] - c[0] < 2 || ctx.inQuote[c[0]] >= 0) return;
  const w = lower[c[0]];
  const nx = c[0] + 1;
  const np = NP_START.test(lower[nx]) || /^[A-Z0-9]/.test(raw[nx]);
  if (!CUE_PREPS.has(w) && !(w === "to" && np)) return;
  // "said at least 300", "said about 2,500": a figure's qualifier, not a particle
  if (/^(least|most|\d[\d,.]*)$/.test(lower[nx])) return;
  a.cue = [a.cue[0], c[0] + 1];
  a.content[0] = [c[0] + 1, c[1]];
}

export const PARTICLES: Record<string, string[]> = {
  vote: ["for", "against"],
  boast: ["about", "of"],
  brag: ["about", "of"],
  remind: ["about", "of"],
  apologize: ["for"],
  apologise: ["for"],
  reckon: ["with"],
  argue: ["against", "for"],
  caution: ["against", "about"],
  put: ["it"],
  agree: ["with"],
  concur: ["with"],
  identify: ["with"],
  believe: ["in"],
  hope: ["for"],
  mention: ["of"],
  touch: ["on", "upon"],
  side: ["with", "against"],
  spar: ["with"],
  rule: ["out"],
  lash: ["out"],
  respond: ["to", "with"],
  refer: ["to"],
  call: ["for", "on"],
  point: ["to"],
  push: ["for"],
  ask: ["for", "about"],
  focus: ["on"],
  talk: ["about"],
  speak: ["about", "of"],
  complain: ["about"],
  warn: ["of", "about", "against"],
  joke: ["about"],
  worry: ["about"],
  hint: ["at"],
  rail: ["against"],
  advocate: ["for"],
  balk: ["at"],
  weigh: ["in"],
  react: ["to"],
  brush: ["aside", "off"],
  lay: ["out"],
  distance: ["himself", "herself", "themselves", "itself"],
};

/** "showed up", "called off", "backed down": another verb, not the cue. */
export const PHRASAL = new Set(["up", "off", "down", "away"]);
export const NEEDS_PARTICLE = new Set([
  "put",
  "point",
  "speak",
  "focus",
  "touch",
  "side",
  "spar",
  "rule",
  "lash",
  "weigh",
  "brush",
  "lay",
  "distance",
]);
