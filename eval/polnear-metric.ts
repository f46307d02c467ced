/** Span-set matching for attribution evaluation: maximum one-to-one matching, by overlap or exact boundaries. */
export type Seg = [number, number];

export interface Counts {
  tp: number;
  pred: number;
  gold: number;
}

export const zero = (): Counts => ({ tp: 0, pred: 0, gold: 0 });

/** Segments with surrounding whitespace and punctuation trimmed (quote marks, commas, periods). */
export function trimSegs(text: string, segs: Seg[]): Seg[] {
  const out: Seg[] = [];
  for (let [a, b] of segs) {
    while (a < b && /[\s\p{P}]/u.test(text[a])) a++;
    while (b > a && /[\s\p{P}]/u.test(text[b - 1])) b--;
    if (b > a) out.push([a, b]);
  }
  return out.sort((x, y) => x[0] - y[0]);
}

function overlaps(x: Seg[], y: Seg[]): boolean {
  for (const a of x) for (const b of y) if (a[0] < b[1] && b[0] < a[1]) return true;
  return false;
}

/** Same extent: first start and last end agree (gold splits long quotes into per-sentence fragments). */
function same(x: Seg[], y: Seg[]): boolean {
  return x[0][0] === y[0][0] && x[x.length - 1][1] === y[y.length - 1][1];
}

/**
 * Adds one document's matches to `c`; `exact` compares the trimmed extent of the segments. The pairing is a
 * maximum one-to-one matching (augmenting paths), so the count does not depend on the order of predictions:
 * a first-fit greedy pass can let one prediction take the gold span that only another prediction could match.
 */
export function match(text: string, gold: Seg[][], pred: Seg[][], exact: boolean, c: Counts): void {
  const g = gold.map((s) => trimSegs(text, s)).filter((s) => s.length > 0);
  const p = pred.map((s) => trimSegs(text, s)).filter((s) => s.length > 0);
  c.gold += g.length;
  c.pred += p.length;
  const adj = p.map((ps) => {
    const out: number[] = [];
    for (let i = 0; i < g.length; i++) if (exact ? same(ps, g[i]) : overlaps(ps, g[i])) out.push(i);
    return out;
  });
  const owner = new Int32Array(g.length).fill(-1);
  const augment = (j: number, seen: Uint8Array): boolean => {
    for (const i of adj[j]) {
      if (seen[i]) continue;
      seen[i] = 1;
      if (owner[i] < 0 || augment(owner[i], seen)) {
        owner[i] = j;
        return true;
      }
    }
    return false;
  };
  for (let j = 0; j < p.length; j++) if (adj[j].length && augment(j, new Uint8Array(g.length))) c.tp++;
}

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.pred ? c.tp / c.pred : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** The four counts the PolNeAR evaluation reports. */
export interface Scores {
  contentOverlap: Counts;
  contentExact: Counts;
  sourceOverlap: Counts;
  sourceExact: Counts;
}

export const zeroScores = (): Scores => ({
  contentOverlap: zero(),
  contentExact: zero(),
  sourceOverlap: zero(),
  sourceExact: zero(),
});

/** An attribution as the metric sees it: content and source as segment lists (either may be missing). */
export interface Scored {
  source: Seg[] | null;
  content: Seg[] | null;
}

/** Adds one article's four matchings of `pred` against `gold` to `c`. */
export function scoreDoc(text: string, gold: Scored[], pred: Scored[], c: Scores): void {
  const contents = (xs: Scored[]) => xs.flatMap((a) => (a.content ? [a.content] : []));
  const sources = (xs: Scored[]) => xs.flatMap((a) => (a.source ? [a.source] : []));
  const [gc, pc, gs, ps] = [contents(gold), contents(pred), sources(gold), sources(pred)];
  match(text, gc, pc, false, c.contentOverlap);
  match(text, gc, pc, true, c.contentExact);
  match(text, gs, ps, false, c.sourceOverlap);
  match(text, gs, ps, true, c.sourceExact);
}
