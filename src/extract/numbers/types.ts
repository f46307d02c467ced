import type { Qualifier, Span } from "../../model/index.ts";
import type { Change } from "./cues.ts";

/** A number in text with what qualifies it and what it measures or counts. */
export interface Quantity {
  value: number;
  /** Upper bound of a range ("between 10 and 12", "dozens" = 12-120); null otherwise. */
  valueMax: number | null;
  qualifier: Qualifier;
  change: Change;
  /** Unit as written ("per cent", "$", "km/h"), or the counted noun ("troops"). */
  unit: string | null;
  /** Normalised unit ("percentage", "dollar", "troop"); null for a bare number. */
  normalizedUnit: string | null;
  /** The counted noun's singular ("troop" for "North Korean troops"); null for units of measure. */
  noun: string | null;
  /** True when the unit is a counted noun rather than a unit of measure or a currency. */
  counted: boolean;
  vague: boolean;
  /** The number with its currency and unit. */
  span: Span;
  /** Token range [start, end) of qualifier, number and unit. */
  tokens: [number, number];
}
