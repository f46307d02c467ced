/**
 * Entity kinds on ECB+ against its human annotation (token-level XML: person, organisation, location,
 * vehicle, thing and time mentions). The annotation is partial (only mentions taking part in an event),
 * so we score where our mentions and annotated ones overlap:
 *  - kind accuracy: of our mentions on an annotated person / organisation / place mention, the share whose
 *    kind fits (a GPE such as "France" acting, a facility or a metonym may be a place or an organisation);
 *  - precision per kind: of our mentions on any annotated mention (ships, things and times included),
 *    the share whose kind fits;
 *  - person entities of an article with a mention on an annotated non-person one (a team, ship, place ...);
 *  - name recall: annotated capitalised person / organisation / place mentions that one of ours with a
 *    fitting kind overlaps.
 * Topics 1-20 are for tuning, topics 21-45 are reported apart.
 *
 *   npx tsx eval/entities-ecbplus.ts [--xml PATH] [--floor F] [--person-floor F] [--org-floor F] [--show N]
 *                                    [--show-held-out] [--confusion]
 *
 * PATH is the corpus' XML as .tar.gz or a folder (default ../shared/datasets/ecbplus/ECBplus_LREC2014_xml.tar.gz).
 * `--floor F` exits 1 when held-out kind accuracy is below F; `--person-floor F` the same for held-out person
 * precision, `--org-floor F` for held-out organisation precision. `--show N` prints the N most frequent errors of topics 1-20 (of 21-45 with `--show-held-out`);
 * `--confusion` prints gold class -> our kind counts of topics 1-20.
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { extractEntities } from "../src/extract/entities/index.ts";
import { type EcbDoc, loadEcb } from "./ecbplus-data.ts";
import { goldMentions, readXml } from "./entities-ecbplus-gold.ts";
import { newTally, scoreDoc, type Tally } from "./entities-ecbplus-metric.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const XML_PATH = resolve(ROOT, "../shared/datasets/ecbplus/ECBplus_LREC2014_xml.tar.gz");

const pct = (n: number, d: number) => (d ? (n / d).toFixed(3) : "-");

function report(name: string, t: Tally): { accuracy: number; person: number; org: number } {
  const person = t.byKind.person ?? { on: 0, right: 0 };
  const org = t.byKind.organization ?? { on: 0, right: 0 };
  console.log(`${name}: ${t.docs} docs (${t.missedTokens} XML tokens not aligned)`);
  console.log(
    `  kind accuracy        ${pct(t.right, t.scored)}  (${t.right}/${t.scored} mentions on person/org/place gold)`,
  );
  for (const k of ["person", "organization", "place"]) {
    const s = t.byKind[k] ?? { on: 0, right: 0 };
    console.log(
      `  precision ${k.padEnd(12)} ${pct(s.right, s.on)}  (${s.right}/${s.on} on any annotated mention)`,
    );
  }
  console.log(
    `  person entities on a non-person mention: ${t.personOnNonPerson} of ${t.personOnGold} on gold (${t.personEntities} person entities)`,
  );
  console.log(`  name recall (fitting kind) ${pct(t.namedFound, t.named)}  (${t.namedFound}/${t.named})`);
  return {
    accuracy: t.scored ? t.right / t.scored : 0,
    person: person.on ? person.right / person.on : 0,
    org: org.on ? org.right / org.on : 0,
  };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      xml: { type: "string", default: XML_PATH },
      floor: { type: "string" },
      "person-floor": { type: "string" },
      "org-floor": { type: "string" },
      show: { type: "string" },
      confusion: { type: "boolean", default: false },
      "show-held-out": { type: "boolean", default: false },
    },
  });
  const docs = loadEcb();
  const xml = readXml(values.xml ?? XML_PATH);
  if (!docs || !xml) {
    console.log(
      docs
        ? `ECB+ XML archive not found at ${values.xml ?? XML_PATH} (its README lists it; the copy in ../shared lacks it): pass --xml PATH; skipping the ECB+ entity evaluation`
        : "../shared/datasets/ecbplus not found: skipping the ECB+ entity evaluation",
    );
    return;
  }
  const tune = newTally();
  const test = newTally();
  for (const d of docs as EcbDoc[]) {
    const x = xml.get(d.doc_id);
    if (!x) continue;
    const t = d.topic <= 20 ? tune : test;
    const { mentions, missed } = goldMentions(x, d.text);
    t.missedTokens += missed;
    scoreDoc(t, d.text, mentions, extractEntities(d.text, d.doc_id));
  }
  report("topics 1-20 (tuning)", tune);
  const held = report("topics 21-45 (held out)", test);
  if (values.confusion)
    for (const [k, n] of [...tune.confusion].sort((a, b) => b[1] - a[1])) console.log(`  ${n}\t${k}`);
  const show = Number(values.show ?? 0);
  if (show > 0) {
    const which = values["show-held-out"] ? test : tune;
    console.log(`most frequent errors, topics ${values["show-held-out"] ? "21-45" : "1-20"}:`);
    for (const [k, n] of [...which.errors].sort((a, b) => b[1] - a[1]).slice(0, show))
      console.log(`  ${n}\t${k}`);
  }
  const floor = values.floor === undefined ? undefined : Number(values.floor);
  if (floor !== undefined && held.accuracy < floor) {
    console.error(`FAIL: topics 21-45 kind accuracy ${held.accuracy.toFixed(3)} < floor ${floor}`);
    process.exitCode = 1;
  }
  const pf = values["person-floor"] === undefined ? undefined : Number(values["person-floor"]);
  if (pf !== undefined && held.person < pf) {
    console.error(`FAIL: topics 21-45 person precision ${held.person.toFixed(3)} < floor ${pf}`);
    process.exitCode = 1;
  }
  const of = values["org-floor"] === undefined ? undefined : Number(values["org-floor"]);
  if (of !== undefined && held.org < of) {
    console.error(`FAIL: topics 21-45 organisation precision ${held.org.toFixed(3)} < floor ${of}`);
    process.exitCode = 1;
  }
}

main();
