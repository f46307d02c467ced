/** Small counting helpers shared by the cross-check modules. */

export function mostFrequent<T>(xs: T[]): T | null {
  const c = new Map<T, number>();
  let best: T | null = null;
  let n = 0;
  for (const x of xs) {
    const k = (c.get(x) ?? 0) + 1;
    c.set(x, k);
    if (k > n) [best, n] = [x, k];
  }
  return best;
}

export function notNull<T>(x: T | null): x is T {
  return x !== null;
}

export function groupBy<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}
