/**
 * Story assignment speed and memory on a synthetic stream.
 *
 *   node --expose-gc --import tsx bench/stories.ts [--articles 100000] [--keep] [--no-background]
 *
 * A deterministic generator makes articles about events that start through 200 simulated days; each
 * event has its own people, place, organisation and words, shares words with other events of its kind,
 * and is reported for a few days. Only `StoryClusterer.add` is timed (generation is not). The heap is
 * The rate is given per CPU-second of the (single-threaded) process, and by wall clock. The heap is
 * printed every tenth of the stream, after a GC when `--expose-gc` is given; closed stories are handed
 * over with `takeClosed()` every 1,000 articles, as a store would, unless `--keep` keeps them in memory.
 */
import { parseArgs } from "node:util";
import { StoryClusterer, type StoryInput } from "../src/stories/index.ts";

const DAY = 86_400_000;
const START = Date.UTC(2031, 0, 1);

/** mulberry32: a small seeded generator. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYL = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "si", "de", "ba", "zo", "pe", "li", "gu", "fa", "ho"];

function word(r: () => number, syllables: number): string {
  let w = "";
  for (let i = 0; i < syllables; i++) w += SYL[Math.floor(r() * SYL.length)];
  return w;
}
const cap = (w: string) => w[0].toUpperCase() + w.slice(1);

interface Event {
  id: number;
  kind: number;
  start: number;
  days: number;
  names: string[];
  words: string[];
}

const COMMON = Array.from({ length: 3000 }, (_, i) => word(rng(i + 1), 2 + (i % 3)));
const KINDS = Array.from({ length: 40 }, (_, k) =>
  Array.from({ length: 25 }, (_, i) => word(rng(9000 + k * 50 + i), 3)),
);

function makeEvent(id: number, total: number, r: () => number): Event {
  const name = () => `${cap(word(r, 2))} ${cap(word(r, 3))}`;
  return {
    id,
    kind: Math.floor(r() * KINDS.length),
    start: START + (id / total) * 200 * DAY,
    days: 1 + Math.floor(r() * 5),
    names: [name(), name(), `${cap(word(r, 3))}ville`, `${cap(word(r, 2))} Agency`],
    words: Array.from({ length: 20 }, () => word(r, 4)),
  };
}

/** One article of about 250 words: event words and names, words of its kind, common filler. */
function article(e: Event, n: number, r: () => number): StoryInput {
  const sentences: string[] = [];
  for (let s = 0; s < 14; s++) {
    const w: string[] = [];
    for (let i = 0; i < 18; i++) {
      const x = r();
      if (x < 0.12) w.push(e.words[Math.floor(r() * e.words.length)]);
      else if (x < 0.2) w.push(KINDS[e.kind][Math.floor(r() * 25)]);
      else if (x < 0.24) w.push(e.names[Math.floor(r() * e.names.length)]);
      else w.push(COMMON[Math.floor(r() ** 2 * COMMON.length)]);
    }
    sentences.push(`${cap(w.join(" "))}.`);
  }
  const t = e.start + r() * e.days * DAY;
  return {
    id: `a${n}`,
    title: null,
    text: sentences.join(" "),
    publishedAt: new Date(t).toISOString(),
    outlet: `Outlet ${n % 50}`,
  };
}

/** Articles in publication order, produced lazily in batches. */
function* stream(total: number): Generator<StoryInput[]> {
  const r = rng(42);
  const events = Array.from({ length: Math.ceil(total / 20) }, (_, i) =>
    makeEvent(i, Math.ceil(total / 20), r),
  );
  const batch = 1000;
  for (let done = 0; done < total; done += batch) {
    const out: StoryInput[] = [];
    for (let i = 0; i < batch && done + i < total; i++) {
      const centre = ((done + i) / total) * events.length;
      const k = Math.min(events.length - 1, Math.max(0, Math.floor(centre - r() * 6)));
      out.push(article(events[k], done + i, r));
    }
    yield out.sort((a, b) => (a.publishedAt ?? "").localeCompare(b.publishedAt ?? ""));
  }
}

const mb = (b: number) => `${(b / 1048576).toFixed(1)} MB`;

function main(): void {
  const { values } = parseArgs({
    options: {
      articles: { type: "string", default: "100000" },
      keep: { type: "boolean", default: false },
      "no-background": { type: "boolean", default: false },
    },
  });
  const total = Number(values.articles);
  const gc = (globalThis as { gc?: () => void }).gc;
  const c = new StoryClusterer({ backgroundIdf: !values["no-background"] });
  let ms = 0;
  let cpu = 0;
  let done = 0;
  let taken = 0;
  let lastCpu = 0;
  let lastDone = 0;
  for (const batch of stream(total)) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const a of batch) c.add(a);
    const c1 = process.cpuUsage(c0);
    ms += performance.now() - t0;
    cpu += (c1.user + c1.system) / 1000;
    done += batch.length;
    if (!values.keep) taken += c.takeClosed().length;
    if (done % Math.max(1000, Math.floor(total / 10)) === 0 || done === total) {
      gc?.();
      const open = c.stories().length;
      const recent = Math.round(((done - lastDone) / (cpu - lastCpu)) * 1000);
      [lastDone, lastCpu] = [done, cpu];
      console.log(
        `${String(done).padStart(7)} articles  heap ${mb(process.memoryUsage().heapUsed).padStart(9)}  ` +
          `stories in memory ${open}  handed over ${taken}  ${recent} articles/CPU-s since the last line`,
      );
    }
  }
  const rate = (t: number) => Math.round((total / t) * 1000);
  console.log(
    `assignment: ${total} articles, CPU ${(cpu / 1000).toFixed(1)} s = ${rate(cpu)} articles/s on one core`,
  );
  console.log(
    `            wall ${(ms / 1000).toFixed(1)} s = ${rate(ms)} articles/s (the machine is shared: wall time is noisy)`,
  );
  console.log(
    `peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}${gc ? "" : " (run with --expose-gc for steadier heap figures)"}`,
  );
}

main();
