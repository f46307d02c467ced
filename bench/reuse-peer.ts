/**
 * newsfuse's sketch+index+query against datasketch (MinHash, 128 permutations, MinHashLSH) on the same
 * generated documents, one core each, CPU time. datasketch is not part of newsfuse: bring its source with
 * the search tool's fetch (ekzhu/datasketch), unpack it anywhere, install Debian's python3-numpy and
 * python3-scipy, then:
 *
 *   DATASKETCH_SRC=/path/to/datasketch npx tsx bench/reuse-peer.ts [--docs 20000]
 */
import { spawnSync } from "node:child_process";
import { BandTables } from "../src/reuse/lsh.ts";
import { sketchText } from "../src/reuse/sketch.ts";
import { Corpus } from "./reuse-gen.ts";
import { chunk, Timer } from "./reuse-timer.ts";

const src = process.env.DATASKETCH_SRC;
if (!src) {
  console.error("set DATASKETCH_SRC to a datasketch source folder (see this file's header)");
  process.exit(2);
}
const at = process.argv.indexOf("--docs");
const n = at >= 0 ? Number(process.argv[at + 1]) : 20000;
const corpus = new Corpus(n);
const texts = chunk((i) => corpus.text(i), 0, n);

const bins = 64;
const bands = new BandTables(bins, n);
const sk = new Uint16Array(bins);
const mins = new Uint32Array(bins);
const out = new Int32Array(512);
const votes = new Uint16Array(512);
const ours = new Timer();
let candidates = 0;
ours.measure(() => {
  for (const text of texts) {
    sketchText(text, bins, sk, mins);
    candidates += bands.query(sk, 5, out, votes, 48);
    bands.insert(sk);
  }
});

const python = process.env.PYTHON ?? "/usr/bin/python3";
const peer = spawnSync(python, [new URL("reuse_peer_datasketch.py", import.meta.url).pathname, src], {
  input: texts.map((t) => JSON.stringify(t)).join("\n"),
  encoding: "utf8",
  maxBuffer: 1 << 26,
});
if (peer.status !== 0) {
  console.error(peer.stderr);
  process.exit(1);
}
const theirs = JSON.parse(peer.stdout) as { docs: number; seconds: number; candidates: number };
const oursRate = (n / ours.cpuMs) * 1000;
const theirRate = theirs.docs / theirs.seconds;
console.log(`documents: ${n} (~600 words, Zipf vocabulary, planted copies)`);
console.log(`newsfuse  sketch+index+query: ${Math.round(oursRate)} docs/s CPU (${candidates} candidates)`);
console.log(
  `datasketch MinHash(128)+LSH:  ${Math.round(theirRate)} docs/s CPU (${theirs.candidates} candidates)`,
);
console.log(`ratio: ${(oursRate / theirRate).toFixed(1)}x`);
