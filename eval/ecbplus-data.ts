import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface EcbDoc {
  doc_id: string;
  topic: number;
  event_cluster: string;
  text: string;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const ECB_PATH = resolve(ROOT, "../shared/datasets/ecbplus/ecbplus_docs.jsonl");

/** The ECB+ documents, or null when ../shared is absent. Only id, labels and text are kept. */
export function loadEcb(path = ECB_PATH): EcbDoc[] | null {
  if (!existsSync(path)) return null;
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => {
      const d = JSON.parse(l);
      return { doc_id: d.doc_id, topic: d.topic, event_cluster: d.event_cluster, text: d.text };
    });
}

/** Deterministic Fisher-Yates shuffle (mulberry32 generator). */
export function shuffle<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
