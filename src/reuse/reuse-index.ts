import type { Relation } from "../model/index.ts";
import { timeOf } from "./classify.ts";
import { fmix32 } from "./hash.ts";
import { BandTables } from "./lsh.ts";
import { type ResolvedOptions, type ReuseOptions, resolveOptions } from "./options.ts";
import { type Party, relate } from "./relate.ts";
import { sketchText } from "./sketch.ts";
import { decodeState, EMPTY_DOC, encodeState } from "./state.ts";
import { emptyTokens, type Tokens, tokenize } from "./tokenize.ts";
import { EvidenceSet } from "./verify.ts";

type DocMeta = { outlet: string | null; publishedAt: string | null };

export interface ReuseDoc {
  id: string;
  text: string;
  outlet: string | null;
  publishedAt: string | null;
}

/**
 * Incremental reuse index: OPH sketches in LSH band tables, candidates verified on exact 3-gram sets,
 * then aligned and classified. Texts come from `options.getText` or, without it, are kept in memory.
 */
export class ReuseIndex {
  private readonly o: ResolvedOptions;
  private readonly bands: BandTables;
  private readonly ids: string[] = [];
  private readonly numbers = new Map<string, number>();
  private times: Float64Array;
  private outletIds: Int32Array;
  private readonly outlets = new Map<string, number>();
  private flags: Uint8Array;
  private readonly texts = new Map<string, string>();
  private readonly sk: Uint16Array;
  private readonly mins: Uint32Array;
  private readonly cand: Int32Array;
  private readonly candVotes: Uint16Array;
  private readonly tokNew: Tokens = emptyTokens();
  private readonly tokOld: Tokens = emptyTokens();
  private readonly evNew = new EvidenceSet();
  private readonly evOld = new EvidenceSet();

  constructor(opts?: ReuseOptions) {
    this.o = resolveOptions(opts);
    this.bands = new BandTables(this.o.bins, this.o.expectedDocs);
    this.times = new Float64Array(Math.max(16, this.o.expectedDocs));
    this.flags = new Uint8Array(this.times.length);
    this.outletIds = new Int32Array(this.times.length);
    this.sk = new Uint16Array(this.o.bins);
    this.mins = new Uint32Array(this.o.bins);
    this.cand = new Int32Array(this.o.maxCandidates * 8);
    this.candVotes = new Uint16Array(this.o.maxCandidates * 8);
  }

  get size(): number {
    return this.ids.length;
  }

  /** Sketch + index one document; returns its relations to documents already in the index. */
  add(doc: ReuseDoc): Relation[] {
    if (this.numbers.has(doc.id)) return [];
    const ok = sketchText(doc.text, this.o.bins, this.sk, this.mins);
    const { minVotes, maxMatches } = this.o;
    const nc = ok ? this.bands.query(this.sk, minVotes, this.cand, this.candVotes, maxMatches) : 0;
    this.register(doc.id, doc, ok ? 0 : EMPTY_DOC, doc.text);
    return nc ? this.relateAll(doc, tokenize(doc.text, this.tokNew), nc) : [];
  }

  private register(id: string, meta: DocMeta, flags: number, text?: string): void {
    if (flags & EMPTY_DOC) this.noise(this.bands.count);
    const d = this.bands.insert(this.sk);
    if (d === this.times.length) this.growMeta();
    this.numbers.set(id, d);
    this.ids.push(id);
    this.times[d] = timeOf(meta.publishedAt);
    this.outletIds[d] = this.outletOf(meta.outlet);
    this.flags[d] = flags;
    if (text !== undefined && !this.o.getText) this.texts.set(id, text);
  }

  private outletOf(outlet: string | null): number {
    if (outlet === null || outlet === "") return -1;
    let k = this.outlets.get(outlet);
    if (k === undefined) this.outlets.set(outlet, (k = this.outlets.size));
    return k;
  }

  private growMeta(): void {
    const times = new Float64Array(Math.ceil(this.times.length * 1.5));
    times.set(this.times);
    this.times = times;
    const flags = new Uint8Array(times.length);
    flags.set(this.flags);
    this.flags = flags;
    const outletIds = new Int32Array(times.length);
    outletIds.set(this.outletIds);
    this.outletIds = outletIds;
  }

  /** A sketch no other document can match, for texts too short to shingle. */
  private noise(d: number): void {
    for (let b = 0; b < this.o.bins; b++) this.sk[b] = fmix32(Math.imul(d + 1, 0x9e3779b1) ^ b) & 0xffff;
  }

  private relateAll(doc: ReuseDoc, toks: Tokens, nc: number): Relation[] {
    const order = Array.from({ length: nc }, (_, k) => k).sort(
      (x, y) => this.candVotes[y] - this.candVotes[x],
    );
    const b: Party = {
      id: doc.id,
      text: doc.text,
      tokens: toks,
      time: timeOf(doc.publishedAt),
      outlet: this.outletOf(doc.outlet),
      evidence: this.evNew.fill(toks),
    };
    const out: Relation[] = [];
    for (const k of order.slice(0, this.o.maxCandidates)) {
      const d = this.cand[k];
      const id = this.ids[d];
      const text = this.textOf(id);
      if (text === undefined) continue;
      const tokens = tokenize(text, this.tokOld);
      const a: Party = {
        id,
        text,
        tokens,
        time: this.times[d],
        outlet: this.outletIds[d],
        evidence: this.evOld.fill(tokens),
      };
      const r = relate(a, b, this.o.minContainment, this.o.kinds);
      if (r) out.push(r);
    }
    return out.sort((x, y) => y.score - x.score);
  }

  private textOf(id: string): string | undefined {
    return this.o.getText ? this.o.getText(id) : this.texts.get(id);
  }

  /** Compact persisted state of one document (its sketch): a few bytes more than 2 per bin. */
  exportDoc(id: string): Uint8Array {
    const d = this.numbers.get(id);
    if (d === undefined) throw new TypeError(`ReuseIndex.exportDoc: unknown document ${JSON.stringify(id)}`);
    const bins = this.o.bins;
    return encodeState(this.bands.sketches.subarray(d * bins, (d + 1) * bins), bins, this.flags[d]);
  }

  /** Re-index a document from `exportDoc` state without recomputing anything; `text` feeds alignment. */
  importDoc(id: string, meta: DocMeta, state: Uint8Array, text?: string): void {
    if (this.numbers.has(id)) return;
    const { sketch: s, flags } = decodeState(state, this.o.bins);
    this.sk.set(s);
    this.register(id, meta, flags, text);
  }

  /**
   * Bytes held by the index: typed arrays exactly, ids estimated (string header 16 + 1 byte a character,
   * 8 in the array, ~40 in the Map); kept texts excluded.
   */
  get bytes(): number {
    let strings = 0;
    for (const id of this.ids) strings += 16 + id.length + 8 + 40;
    const meta = this.times.byteLength + this.flags.byteLength + this.outletIds.byteLength;
    return this.bands.bytes + meta + strings;
  }
}
