/**
 * Deterministic corpus generator for the reuse benchmark: ~600-word articles over a Zipf vocabulary, with
 * planted exact copies, copies with chrome, partial copies, versions, sentence rewrites and spun copies.
 * Texts are regenerated from their number on demand, so 200,000 documents need no corpus in memory.
 */
import type { RelationKind } from "../src/model/index.ts";
import { baseShape, type DocShape, render } from "./reuse-gen-doc.ts";
import { partial, rewrite, spin, version, withChrome } from "./reuse-gen-edit.ts";
import { rng, type Vocab, vocab } from "./reuse-gen-vocab.ts";

export const PLANTS = [
  "exact",
  "chrome",
  "partial",
  "version",
  "rewrite",
  "spin10",
  "spin20",
  "spin30",
  "spin50",
] as const;
export type Plant = (typeof PLANTS)[number];

/** The relation kind each planted derivation must be found as. */
export const EXPECTED: Record<Plant, RelationKind> = {
  exact: "duplicate",
  chrome: "duplicate",
  partial: "version",
  version: "version",
  rewrite: "rewrite",
  spin10: "spin",
  spin20: "spin",
  spin30: "spin",
  spin50: "spin",
};

export interface GenDoc {
  id: string;
  text: string;
  outlet: string;
  publishedAt: string;
}

/** Document i: a fresh article (source = -1) or a derivation of an earlier fresh article. */
interface Slot {
  source: number;
  plant: Plant | null;
}

export class Corpus {
  readonly n: number;
  readonly slots: Slot[] = [];
  private readonly v: Vocab;
  private readonly seed: number;

  constructor(n: number, seed = 1, derivedShare = 0.4) {
    this.n = n;
    this.seed = seed;
    this.v = vocab();
    const r = rng(seed * 7919);
    const bases: number[] = [];
    for (let i = 0; i < n; i++) {
      if (i < 20 || r() >= derivedShare) {
        bases.push(i);
        this.slots.push({ source: -1, plant: null });
      } else {
        const source = bases[Math.floor(r() * bases.length)];
        this.slots.push({ source, plant: PLANTS[Math.floor(r() * PLANTS.length)] });
      }
    }
  }

  id(i: number): string {
    return `g${i}`;
  }

  private shape(i: number): DocShape {
    const s = this.slots[i];
    const r = rng(Math.imul(this.seed, 0x2545f491) ^ Math.imul(i + 1, 0x9e3779b1));
    if (s.source < 0) {
      // about one fresh article in six carries its event's shared quote (events hold ~20 articles)
      const event = r() < 0.17 ? Math.floor(r() * Math.max(1, this.n / 20)) : -1;
      return baseShape(this.v, Math.imul(this.seed, 0x632be5ab) ^ Math.imul(i + 1, 0x85ebca6b), event);
    }
    const src = this.shape(s.source);
    switch (s.plant) {
      case "exact":
        return src;
      case "chrome":
        return withChrome(src, r);
      case "partial":
        return partial(src, r);
      case "version":
        return version(src, this.v, r);
      case "rewrite":
        return rewrite(src, this.v, r);
      default:
        return spin(src, this.v, r, Number(s.plant?.slice(4)) / 100);
    }
  }

  text(i: number): string {
    return render(this.shape(i));
  }

  doc(i: number): GenDoc {
    return { ...this.meta(i), text: this.text(i) };
  }

  /** Id, outlet and date of document i (versions keep their source's outlet; copies come later). */
  meta(i: number): Omit<GenDoc, "text"> {
    const s = this.slots[i];
    const outlet = s.plant === "version" ? `outlet${s.source % 40}` : `outlet${i % 40}`;
    const publishedAt = new Date(Date.UTC(2024, 0, 1) + i * 60000).toISOString();
    return { id: this.id(i), outlet, publishedAt };
  }

  /** The fresh article a document comes from (itself when fresh). */
  root(i: number): number {
    return this.slots[i].source < 0 ? i : this.slots[i].source;
  }
}
