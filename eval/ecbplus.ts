/**
 * Story clustering on ECB+ (B-cubed against event_cluster and topic).
 *
 *   npx tsx eval/ecbplus.ts [--floor 0.92] [--shuffles 5] [--order shuffle|file] [--grid JSON]
 *                           [--threshold T] [--merge M] [--name-weight W] [--date-weight W]
 *                           [--no-background] [--idf-prior N]
 *
 * Stream order: ECB+ carries no publication dates (only some ecbplus docs have a URL, and using it would
 * leak which of a topic's two events a document belongs to), so every article goes in undated, with no
 * outlet and no title: time decay and the time window play no part. As in the pipeline (src/analyze/run.ts),
 * each article comes with the entities the extract stage finds in it (`--no-entities` leaves them out).
 * The file is sorted by topic, which would hand the clusterer the topics for free, so each run streams a
 * seeded shuffle of the documents; we report the mean over `--shuffles` seeds and the worst one.
 * Topics 1-20 are for tuning (`--grid '{"threshold":[0.2,0.3]}'`); topics 21-45 are reported apart, untuned; each subset is clustered
 * on its own. `--floor F` exits 1 if the mean topics-21-45 event F1 is below F.
 */
import { parseArgs } from "node:util";
import { extractEntities } from "../src/extract/entities/index.ts";
import { StoryClusterer, type StoryInput, type StoryOptions } from "../src/stories/index.ts";
import { bcubed, type Scores } from "./ecbplus-bcubed.ts";
import { type EcbDoc, loadEcb, shuffle } from "./ecbplus-data.ts";

interface Run {
  event: Scores;
  topic: Scores;
  stories: number;
}

/** Clusters `docs` in the given order and scores the result. */
export function runOnce(docs: EcbDoc[], opts: StoryOptions): Run {
  const c = new StoryClusterer(opts);
  for (const d of docs) c.add(inputOf(d));
  const pred = new Map(docs.map((d) => [d.doc_id, c.storyOf(d.doc_id) ?? d.doc_id]));
  const event = bcubed(pred, new Map(docs.map((d) => [d.doc_id, d.event_cluster])));
  const topic = bcubed(pred, new Map(docs.map((d) => [d.doc_id, String(d.topic)])));
  return { event, topic, stories: new Set(pred.values()).size };
}

const entityCache = new Map<string, StoryInput["entities"]>();
let useEntities = true;

/** The article as the pipeline hands it over: text plus the extract stage's entities (kind and name). */
function inputOf(d: EcbDoc): StoryInput {
  let entities = entityCache.get(d.doc_id);
  if (useEntities && !entities) {
    entities = extractEntities(d.text, d.doc_id).map((e) => ({ kind: e.kind, name: e.name }));
    entityCache.set(d.doc_id, entities);
  }
  const base = { id: d.doc_id, title: null, text: d.text, publishedAt: null, outlet: null };
  return useEntities ? { ...base, entities } : base;
}

/** Mean and worst event F1 (and mean scores) over several shuffled orders. */
export function runMany(docs: EcbDoc[], opts: StoryOptions, seeds: number[], order: string) {
  const runs = seeds.map((s) => runOnce(order === "file" ? docs : shuffle(docs, s), opts));
  const mean = (f: (r: Run) => number) => runs.reduce((a, r) => a + f(r), 0) / runs.length;
  return {
    event: { p: mean((r) => r.event.p), r: mean((r) => r.event.r), f1: mean((r) => r.event.f1) },
    topic: { p: mean((r) => r.topic.p), r: mean((r) => r.topic.r), f1: mean((r) => r.topic.f1) },
    worstEventF1: Math.min(...runs.map((r) => r.event.f1)),
    stories: mean((r) => r.stories),
  };
}

const fmt = (s: Scores) => `P ${s.p.toFixed(3)}  R ${s.r.toFixed(3)}  F1 ${s.f1.toFixed(3)}`;

function main(): void {
  const { values } = parseArgs({
    options: {
      floor: { type: "string" },
      shuffles: { type: "string", default: "5" },
      order: { type: "string", default: "shuffle" },
      grid: { type: "string" },
      threshold: { type: "string" },
      merge: { type: "string" },
      "name-weight": { type: "string" },
      "date-weight": { type: "string" },
      "number-weight": { type: "string" },
      link: { type: "string" },
      "no-entities": { type: "boolean", default: false },
      "no-background": { type: "boolean", default: false },
      "idf-prior": { type: "string" },
    },
  });
  const all = loadEcb();
  if (!all) {
    console.log("../shared/datasets/ecbplus not found: skipping the ECB+ evaluation");
    return;
  }
  useEntities = !values["no-entities"];
  const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
  const opts: StoryOptions = {
    threshold: num(values.threshold),
    mergeThreshold: num(values.merge),
    nameWeight: num(values["name-weight"]),
    dateWeight: num(values["date-weight"]),
    numberWeight: num(values["number-weight"]),
    link: num(values.link),
    idfPrior: num(values["idf-prior"]),
    backgroundIdf: values["no-background"] ? false : undefined,
  };
  const seeds = Array.from({ length: Number(values.shuffles) }, (_, i) => i + 1);
  const tune = all.filter((d) => d.topic <= 20);
  const test = all.filter((d) => d.topic >= 21);
  if (values.grid) {
    grid(tune, seeds, values.order ?? "shuffle", JSON.parse(values.grid));
    return;
  }
  const rows: [string, EcbDoc[]][] = [
    ["topics 1-20 (tuning)", tune],
    ["topics 21-45 (held out)", test],
    ["all 43 topics", all],
  ];
  let heldOut = 0;
  for (const [name, docs] of rows) {
    const r = runMany(docs, opts, seeds, values.order ?? "shuffle");
    if (docs === test) heldOut = r.event.f1;
    console.log(`${name}: ${docs.length} docs, ${r.stories.toFixed(1)} stories`);
    console.log(
      `  event  ${fmt(r.event)}  (worst of ${seeds.length} orders: F1 ${r.worstEventF1.toFixed(3)})`,
    );
    console.log(`  topic  ${fmt(r.topic)}`);
  }
  const floor = num(values.floor);
  if (floor !== undefined && heldOut < floor) {
    console.error(`FAIL: topics 21-45 event F1 ${heldOut.toFixed(3)} < floor ${floor}`);
    process.exitCode = 1;
  }
}

/** Tries every combination of the option values in `spec` (JSON: option -> list) on topics 1-20 only. */
function grid(tune: EcbDoc[], seeds: number[], order: string, spec: Record<string, number[]>): void {
  let combos: StoryOptions[] = [{}];
  for (const [k, vs] of Object.entries(spec))
    combos = combos.flatMap((c) => vs.map((v) => ({ ...c, [k]: v })));
  const rows = combos.map((o) => [runMany(tune, o, seeds, order).event.f1, o] as const);
  rows.sort((a, b) => b[0] - a[0]);
  for (const [f1, o] of rows.slice(0, 10)) console.log(f1.toFixed(4), JSON.stringify(o));
}

main();
