import type { Qualifier } from "../model/index.ts";

export interface Valued {
  value: number;
  valueMax: number | null;
  qualifier: Qualifier;
}

/** The range of values a figure allows: "at least 300" is [300, inf), "about 2,500" is +-10%. */
export function interval(f: Valued): [number, number] {
  const v = f.value;
  switch (f.qualifier) {
    case "about":
      return [v * 0.9, v * 1.1];
    case "nearly":
      return [v * 0.9, v];
    case "more than":
    case "at least":
      return [v, Number.POSITIVE_INFINITY];
    case "less than":
    case "at most":
    case "up to":
      return [Number.NEGATIVE_INFINITY, v];
    case "between":
      return [v, f.valueMax ?? v];
    default:
      return f.valueMax !== null ? [v, f.valueMax] : [v, v];
  }
}

/** Can both figures be true at once? */
export function compatible(a: Valued, b: Valued): boolean {
  const [a0, a1] = interval(a);
  const [b0, b1] = interval(b);
  return a0 <= b1 && b0 <= a1;
}

const FORMAT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

export function formatNumber(n: number): string {
  return FORMAT.format(n);
}

export function display(value: number, valueMax: number | null, q: Qualifier, unit: string | null): string {
  const u = unit ? ` ${unit}` : "";
  if (valueMax !== null) return `${formatNumber(value)}–${formatNumber(valueMax)}${u}`;
  const prefix = q === "exact" ? "" : `${q} `;
  return `${prefix}${formatNumber(value)}${u}`;
}

const SINGULAR: Record<string, string> = { people: "person", men: "man", women: "woman", children: "child" };

/** "1 people killed" reads "1 person killed", "1 bombs" "1 bomb": what a figure counts, in the number it takes. */
export function figureText(
  e: { display: string; value: number; valueMax: number | null },
  what: string,
): string {
  const one = e.value === 1 && e.valueMax === null;
  return `${e.display} ${one ? singularHead(what) : what}`;
}

function singularHead(what: string): string {
  const [head, ...rest] = what.split(" ");
  const s =
    SINGULAR[head] ??
    (head.length > 4 && head.endsWith("ies")
      ? `${head.slice(0, -3)}y`
      : head.length > 3 && /[^su]s$/.test(head)
        ? head.slice(0, -1)
        : head);
  return [s, ...rest].join(" ");
}
