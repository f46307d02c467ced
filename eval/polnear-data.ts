import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { attributionSpans } from "../src/extract/quotes/spans.ts";

export type Seg = [number, number];
export interface GoldAttribution {
  source: Seg[] | null;
  cue: Seg[] | null;
  content: Seg[] | null;
}
export interface GoldDoc {
  stem: string;
  text: string;
  atts: GoldAttribution[];
}

/** Reads one PolNeAR split (BRAT standoff); with several annotators of one article, keeps the first. */
export function loadSplit(root: string, split: string): GoldDoc[] {
  return loadAnnotations(root, split).map((d) => ({ stem: d.stem, text: d.text, atts: d.byAnnotator[0] }));
}

/** One article with every annotator's attributions, in the order of the .ann file names. */
export interface AnnotatedDoc {
  stem: string;
  text: string;
  byAnnotator: GoldAttribution[][];
}

/** Reads one PolNeAR split keeping every annotator (some articles were annotated two or more times). */
export function loadAnnotations(root: string, split: string): AnnotatedDoc[] {
  const dir = join(root, "data", split);
  const files = readdirSync(join(dir, "attributions")).sort();
  const byStem = new Map<string, AnnotatedDoc>();
  for (const f of files) {
    const stem = f.replace(/_[0-9a-f]{4}\.ann$/, "");
    let d = byStem.get(stem);
    if (!d) {
      if (!existsSync(join(dir, "text", `${stem}.txt`))) continue;
      d = { stem, text: readFileSync(join(dir, "text", `${stem}.txt`), "utf8"), byAnnotator: [] };
      byStem.set(stem, d);
    }
    d.byAnnotator.push(parseAnn(readFileSync(join(dir, "attributions", f), "utf8")));
  }
  return [...byStem.values()];
}

function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, Seg[]>();
  const atts: GoldAttribution[] = [];
  for (const line of ann.split("\n")) {
    const t = /^(T\d+)\t\S+ ([\d ;]+)\t/.exec(line);
    if (t) {
      spans.set(
        t[1],
        t[2].split(";").map((p) => p.trim().split(" ").map(Number) as Seg),
      );
      continue;
    }
    const e = /^E\d+\t(.*)$/.exec(line);
    if (!e) continue;
    const role: Record<string, string> = {};
    for (const p of e[1].trim().split(" ")) {
      const [k, v] = p.split(":");
      role[k] = v;
    }
    const get = (k: string) => (role[k] ? (spans.get(role[k]) ?? null) : null);
    atts.push({ source: get("Source"), cue: get("Cue"), content: get("Content") });
  }
  return atts;
}

/** The system's attributions of `text` in the metric's shape. */
export function predicted(text: string): { source: Seg[] | null; content: Seg[] }[] {
  return attributionSpans(text).map((a) => ({
    source: a.source ? [a.source as Seg] : null,
    content: a.content as Seg[],
  }));
}
