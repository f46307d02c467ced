/**
 * Events on ECB+ (real news, 43 topics of two look-alike stories each): false events in topics that are no
 * violent incident or disaster, and recall (articles of incident topics with an event of a plausible type).
 * Duplicates: incident stories whose brief lists more than one row for the story's one seminal incident,
 * approximated as the kept rows of a type plausible for the topic whose date is unknown (or a weekday the
 * corpus gives no publication date to resolve) or within a week of
 * the story's most reported incident date (ECB+ pairs two look-alike incidents in separate stories).
 * Merged toll: of the incident stories whose main row (the one most articles report) has a killed figure
 * most of its articles give (the consensus, ECB+ has no gold toll), how many rows show that figure.
 * Usage: tsx eval/events-ecbplus.ts [--floor-false-max N] [--floor-recall F] [--floor-dup-max N]
 *   [--floor-toll F] [--show false|missed|dup|tolls] [--limit N]
 */
import { extractEntities } from "../src/extract/entities/index.ts";
import { briefEvents, extractEvents, type MergedEvent, mergeEvents } from "../src/extract/events/index.ts";
import type { Event } from "../src/model/index.ts";
import { type EcbDoc, loadEcb } from "./ecbplus-data.ts";

/** Topic labels decided by reading each topic's documents: the kind of its two seminal events. */
const INCIDENT: Record<number, string> = {
  8: "bombing",
  12: "piracy",
  13: "arson",
  14: "fire",
  16: "shooting",
  18: "shooting",
  19: "shooting",
  20: "quake",
  21: "crash",
  23: "fall",
  32: "stabbing",
  33: "shooting",
  37: "quake",
  38: "quake",
  41: "bombing",
};
/** Court cases about old killings, a robbery, an escape, a suicide in a cell: counted in neither figure. */
const MIXED = new Set([3, 22, 24, 26, 45]);
/** Everything else is no incident: rehab, awards, deaths of old age, sports, elections, products, arrests. */

/** Event types that fit a topic's kind. */
const PLAUSIBLE: Record<string, string[]> = {
  bombing: [
    "bombing",
    "suicide bombing",
    "explosion",
    "air strike",
    "missile attack",
    "shelling",
    "attack",
    "fire",
    "incident",
  ],
  piracy: ["attack", "shooting", "armed clash", "violence"],
  arson: ["fire", "attack"],
  fire: ["fire", "explosion"],
  shooting: ["shooting", "attack", "violence", "incident"],
  quake: ["disaster", "collapse"],
  crash: ["crash", "incident"],
  fall: ["fall", "incident", "disaster"],
  stabbing: ["stabbing", "violence", "attack", "incident"],
};

function arg(name: string): string | null {
  const k = process.argv.indexOf(name);
  return k >= 0 ? (process.argv[k + 1] ?? null) : null;
}

const line = (e: Event | MergedEvent) =>
  `${e.type} | ${e.place ?? "-"} | ${e.date ?? "-"} | k=${e.killed ?? "-"} i=${e.injured ?? "-"}`;

function main(): number {
  const docs = loadEcb();
  if (!docs) {
    console.log("../shared not found: skipping the ECB+ events evaluation");
    return 0;
  }
  const limit = Number(arg("--limit") ?? Number.POSITIVE_INFINITY);
  const show = arg("--show");
  type Cluster = { docs: EcbDoc[]; events: Event[]; texts: Map<string, string> };
  const byCluster = new Map<string, Cluster>();
  let falseEvents = 0;
  let falseArticles = 0;
  let noneArticles = 0;
  let hit = 0;
  let incArticles = 0;
  for (const d of docs.slice(0, limit)) {
    const entities = extractEntities(d.text, d.doc_id);
    const events = extractEvents(d.text, { articleId: d.doc_id, publishedAt: null, entities, claims: [] });
    const c: Cluster = byCluster.get(d.event_cluster) ?? { docs: [], events: [], texts: new Map() };
    c.docs.push(d);
    c.events.push(...events);
    c.texts.set(d.doc_id, d.text);
    byCluster.set(d.event_cluster, c);
    const kind = INCIDENT[d.topic];
    if (kind) {
      incArticles++;
      const ok = events.some((e) => PLAUSIBLE[kind].includes(e.type));
      if (ok) hit++;
      else if (show === "missed") console.log(`MISSED ${d.doc_id} [${kind}] ${events.map(line).join("; ")}`);
    } else if (!MIXED.has(d.topic)) {
      noneArticles++;
      falseEvents += events.length;
      if (events.length > 0) falseArticles++;
      if (show === "false")
        for (const e of events) console.log(`FALSE ${d.doc_id} ${line(e)}\n   ${d.text.slice(...e.span)}`);
    }
  }
  // story level: events merged per gold story, as the brief shows them
  let briefFalse = 0;
  let briefFalseWeak = 0;
  let briefTrue = 0;
  let briefTrueWeak = 0;
  let storiesHit = 0;
  let storiesHitStrong = 0;
  let incStories = 0;
  let dupStories = 0;
  let dupRows = 0;
  let tollStories = 0;
  let tollAgree = 0;
  for (const c of byCluster.values()) {
    const topic = c.docs[0].topic;
    const merged = mergeEvents(c.events, { texts: c.texts });
    // what the brief keeps of them (briefEvents drops one-article events that no toll backs)
    const kept = new Set(briefEvents(merged, c.docs.length));
    const weak = (m: MergedEvent) => !kept.has(m);
    const kind = INCIDENT[topic];
    if (kind) {
      incStories++;
      const fit = merged.filter((m) => PLAUSIBLE[kind].includes(m.type));
      briefTrue += fit.length;
      briefTrueWeak += fit.filter(weak).length;
      if (fit.length > 0) storiesHit++;
      if (fit.some((m) => !weak(m))) storiesHitStrong++;
      const rows = seminalRows(fit.filter((m) => !weak(m)));
      const main = mainRow(rows);
      if (main && show === "tolls") console.log(`TOLL ${c.docs[0].event_cluster} ${tollLine(main)}`);
      const mode = main ? consensus(main, c.events) : null;
      if (mode !== null) {
        tollStories++;
        if (main?.killed === mode) tollAgree++;
        else if (show === "tolls") console.log(`   toll ${main?.killed} != consensus ${mode}`);
      }
      if (rows.length > 1) {
        dupStories++;
        dupRows += rows.length - 1;
        if (show === "dup")
          console.log(`DUP ${c.docs[0].event_cluster} [${kind}]\n   ${rows.map(line).join("\n   ")}`);
      }
    } else if (!MIXED.has(topic)) {
      briefFalse += merged.length;
      briefFalseWeak += merged.filter(weak).length;
    }
  }
  const recall = hit / (incArticles || 1);
  console.log(
    `ECB+ events: false events ${falseEvents} in ${falseArticles}/${noneArticles} articles of non-incident topics`,
  );
  console.log(`recall: ${(100 * recall).toFixed(1)}% (${hit}/${incArticles} incident-topic articles)`);
  console.log(
    `brief level (merged per gold story): false ${briefFalse}, ${briefFalse - briefFalseWeak} kept by the brief; ` +
      `plausible ${briefTrue}, ${briefTrue - briefTrueWeak} kept; incident stories with one ` +
      `${storiesHit}/${incStories}, with one the brief keeps ${storiesHitStrong}/${incStories}`,
  );
  console.log(
    `duplicate rows: ${dupStories}/${incStories} incident stories list the seminal incident more than once (${dupRows} extra rows)`,
  );
  console.log(
    `merged toll: ${tollAgree}/${tollStories} incident stories' main row gives the killed figure most of its articles give`,
  );
  const maxDup = arg("--floor-dup-max");
  const maxFalse = arg("--floor-false-max");
  const minRecall = arg("--floor-recall");
  let bad = false;
  if (maxFalse !== null && falseEvents > Number(maxFalse)) {
    console.log(`FAIL: ${falseEvents} false events > ${maxFalse}`);
    bad = true;
  }
  if (minRecall !== null && recall < Number(minRecall)) {
    console.log(`FAIL: recall ${recall.toFixed(3)} < ${minRecall}`);
    bad = true;
  }
  const minToll = arg("--floor-toll");
  if (minToll !== null && tollAgree / (tollStories || 1) < Number(minToll)) {
    console.log(`FAIL: merged toll agrees ${tollAgree}/${tollStories} < ${minToll}`);
    bad = true;
  }
  if (maxDup !== null && dupStories > Number(maxDup)) {
    console.log(`FAIL: ${dupStories} stories with duplicate rows > ${maxDup}`);
    bad = true;
  }
  return bad ? 1 : 0;
}

const DAY = 86_400_000;

/** The row most articles report: the story's seminal incident as the brief shows it. */
const mainRow = (rows: MergedEvent[]) =>
  [...rows].sort((a, b) => b.articleIds.length - a.articleIds.length)[0];
/** The killed figure most of the row's articles give (each article's distinct figures once), if one leads and two give it. */
function consensus(row: MergedEvent, events: Event[]): number | null {
  const ids = new Set(row.eventIds);
  const byArticle = new Map<string, Set<number>>();
  for (const e of events)
    if (ids.has(e.id) && e.killed !== null)
      byArticle.set(e.articleId, (byArticle.get(e.articleId) ?? new Set()).add(e.killed));
  const count = new Map<number, number>();
  for (const vs of byArticle.values()) for (const v of vs) count.set(v, (count.get(v) ?? 0) + 1);
  const [a, b] = [...count].sort((x, y) => y[1] - x[1]);
  return a && a[1] >= 2 && (!b || a[1] > b[1]) ? a[0] : null;
}
const tollLine = (m: MergedEvent) =>
  `${line(m)} | ${m.articleIds.length} articles | killed reported [${m.killedReported}] injured [${m.injuredReported}]${m.disputed ? " disputed" : ""}`;

/** A calendar day; "Friday" or "yesterday" (no publication date to resolve them) could be any. */
const day = (d: string | null): d is string => d !== null && /^\d{4}-\d\d-\d\d/.test(d);

/** The rows of the story's one incident: undated (or unresolved), or dated within a week of the most reported date. */
function seminalRows(rows: MergedEvent[]): MergedEvent[] {
  const count = new Map<string, number>();
  for (const r of rows) if (day(r.date)) count.set(r.date, (count.get(r.date) ?? 0) + r.articleIds.length);
  const top = [...count].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!top) return rows;
  const t = Date.parse(top);
  return rows.filter((r) => !day(r.date) || Math.abs(Date.parse(r.date ?? "") - t) <= 7 * DAY);
}

process.exitCode = main();
