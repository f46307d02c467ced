import table from "./background-df.json" with { type: "json" };

/** Document frequencies of a general corpus, by term hash, with the number of documents they come from. */
export interface Background {
  docs: number;
  df: Map<number, number>;
}

/** Sorted (hash, df) pairs as base64 varints: hash deltas and counts. */
export function encodeBackground(df: Map<number, number>): string {
  const bytes: number[] = [];
  const put = (v: number) => {
    let x = v;
    while (x >= 0x80) {
      bytes.push((x & 0x7f) | 0x80);
      x = Math.floor(x / 128);
    }
    bytes.push(x);
  };
  let prev = 0;
  for (const h of [...df.keys()].sort((a, b) => a - b)) {
    put(h - prev);
    put(df.get(h) ?? 0);
    prev = h;
  }
  return Buffer.from(bytes).toString("base64");
}

export function decodeBackground(s: string): Map<number, number> {
  const bytes = Buffer.from(s, "base64");
  const out = new Map<number, number>();
  let i = 0;
  const get = () => {
    let v = 0;
    let scale = 1;
    for (;;) {
      const b = bytes[i++];
      v += (b & 0x7f) * scale;
      if (b < 0x80) return v;
      scale *= 128;
    }
  };
  let h = 0;
  while (i < bytes.length) {
    h += get();
    out.set(h, get());
  }
  return out;
}

let cached: Background | null = null;

/** The shipped table (see scripts/build-background.ts), decoded once. */
export function defaultBackground(): Background {
  cached ??= { docs: table.docs, df: decodeBackground(table.df) };
  return cached;
}
