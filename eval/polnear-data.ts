import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

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
  const dir = join(root, "data", split);
  const files = readdirSync(join(dir, "attributions")).sort();
  const seen = new Set<string>();
  const out: GoldDoc[] = [];
  for (const f of files) {
    const stem = f.replace(/_[0-9a-f]{4}\.ann$/, "");
    if (seen.has(stem) || !existsSync(join(dir, "text", `${stem}.txt`))) continue;
    seen.add(stem);
    const text = readFileSync(join(dir, "text", `${stem}.txt`), "utf8");
    out.push({ stem, text, atts: parseAnn(readFileSync(join(dir, "attributions", f), "utf8")) });
  }
  return out;
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
