/** The article-extraction benchmark's metric: multisets of word 4-grams, per-page scores averaged. */

const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const key = tokens.slice(i, i + n).join("\u0001");
    if (key) out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

/** tp/fp/fn of one page, normalised by their sum. */
export function scorePage(truth: string, pred: string): PageScore {
  const t = shingles(truth);
  const p = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, tc] of t) {
    const pc = p.get(k) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [k, pc] of p) fp += Math.max(0, pc - (t.get(k) ?? 0));
  const s = tp + fp + fn;
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp, fp, fn };
}

export interface Summary {
  f1: number;
  precision: number;
  recall: number;
  pages: number;
}

/** Averages precision and recall over pages, then takes their harmonic mean. */
export function summarise(scores: PageScore[]): Summary {
  const prec = scores.filter((s) => s.tp + s.fp > 0).map((s) => s.tp / (s.tp + s.fp));
  const rec = scores.filter((s) => s.tp + s.fn > 0).map((s) => s.tp / (s.tp + s.fn));
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(prec);
  const recall = mean(rec);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall, pages: scores.length };
}
