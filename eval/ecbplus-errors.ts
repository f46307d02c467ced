/**
 * Tuning aid: lists, for topics 1-20 and one shuffled order, the predicted stories that mix event clusters.
 *   npx tsx eval/ecbplus-errors.ts [--seed 1]
 */
import { parseArgs } from "node:util";
import { StoryClusterer } from "../src/stories/index.ts";
import { loadEcb, shuffle } from "./ecbplus-data.ts";

const { values } = parseArgs({ options: { seed: { type: "string", default: "1" } } });
const docs = shuffle(
  (loadEcb() ?? []).filter((d) => d.topic <= 20),
  Number(values.seed),
);
const c = new StoryClusterer();
for (const d of docs) c.add({ id: d.doc_id, title: null, text: d.text, publishedAt: null, outlet: null });
const byId = new Map(docs.map((d) => [d.doc_id, d]));
for (const s of c.stories()) {
  const ev = new Map<string, string[]>();
  for (const a of s.articleIds) {
    const e = byId.get(a)?.event_cluster ?? "?";
    ev.set(e, [...(ev.get(e) ?? []), a]);
  }
  if (ev.size < 2) continue;
  console.log(`${s.id} people=${s.people.join("|")} places=${s.places.join("|")}`);
  for (const [e, ids] of ev)
    console.log(
      `  ${e} x${ids.length}: ${ids
        .slice(0, 3)
        .map((i) => byId.get(i)?.text.slice(0, 140).replace(/\n/g, " "))
        .join("\n      ")}`,
    );
}
const storyOf = new Map<string, string>();
for (const s of c.stories()) for (const a of s.articleIds) storyOf.set(a, s.id);
const events = new Map<string, Map<string, number>>();
for (const d of docs) {
  const m = events.get(d.event_cluster) ?? new Map<string, number>();
  const s = storyOf.get(d.doc_id) ?? d.doc_id;
  m.set(s, (m.get(s) ?? 0) + 1);
  events.set(d.event_cluster, m);
}
for (const [e, m] of [...events].sort())
  if (m.size > 1) console.log(`split ${e}: ${[...m.values()].sort((a, b) => b - a).join(" ")}`);
