import type { Idf } from "./idf.ts";
import type { Member, NameTally, StoryRecord } from "./record.ts";

/** Plain-JSON form of a story record (maps become entry arrays). */
export interface RecordState extends Omit<StoryRecord, "centroid" | "outlets" | "names" | "members"> {
  centroid: [number, number][];
  members: (Omit<Member, "u"> & { u: [number, number][] })[] | null;
  outlets: [string, number][];
  names: [string, NameTally][];
}

export interface ClustererState {
  version: 1;
  seq: number;
  clock: number | null;
  idf: { n: number; df: [number, number][] };
  records: RecordState[];
  articles: [string, string][];
  alias: [string, string][];
}

export function recordToState(s: StoryRecord): RecordState {
  const members = s.members?.map((m) => ({ ...m, u: [...m.u] })) ?? null;
  return { ...s, centroid: [...s.centroid], outlets: [...s.outlets], names: [...s.names], members };
}

export function recordFromState(s: RecordState): StoryRecord {
  const members = s.members?.map((m) => ({ ...m, titled: m.titled ?? false, u: new Map(m.u) })) ?? null;
  return {
    ...s,
    titledBy: s.titledBy ?? null,
    centroid: new Map(s.centroid),
    outlets: new Map(s.outlets),
    names: new Map(s.names),
    members,
  };
}

export function idfToState(idf: Idf): ClustererState["idf"] {
  const df: [number, number][] = [];
  idf.df.forEach((c, i) => {
    if (c > 0) df.push([i, c]);
  });
  return { n: idf.n, df };
}

export function idfFromState(idf: Idf, s: ClustererState["idf"]): void {
  idf.setN(s.n);
  for (const [i, c] of s.df) idf.df[i] = c;
}

/** Checks the shape enough to fail clearly on foreign input. */
export function assertState(x: unknown): asserts x is ClustererState {
  const s = x as ClustererState;
  if (s?.version !== 1 || !Array.isArray(s.records) || !Array.isArray(s.articles))
    throw new TypeError("StoryClusterer.fromJSON: expected the object returned by toJSON() (version 1)");
}
