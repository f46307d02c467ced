import { Fragment } from "preact";
import type { Span } from "../types.ts";

/** A range of the text to mark with a class (and optional tooltip). Later ranges win where they overlap. */
export interface Mark {
  span: Span;
  cls: string;
  title?: string;
  id?: string;
}

interface Piece {
  start: number;
  end: number;
  mark: Mark | null;
}

/** Splits text at mark boundaries; each piece carries the last mark covering it. */
export function pieces(text: string, marks: Mark[]): Piece[] {
  const cuts = new Set<number>([0, text.length]);
  const ok = marks.filter((m) => m.span[0] < m.span[1] && m.span[0] >= 0 && m.span[1] <= text.length);
  for (const m of ok) {
    cuts.add(m.span[0]);
    cuts.add(m.span[1]);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  const byStart = [...ok.keys()].sort((x, y) => ok[x].span[0] - ok[y].span[0]);
  const open: number[] = [];
  let k = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    while (k < byStart.length && ok[byStart[k]].span[0] <= s) open.push(byStart[k++]);
    let best = -1;
    for (let j = open.length - 1; j >= 0; j--) {
      const m = ok[open[j]];
      if (m.span[1] <= s) open.splice(j, 1);
      else if (open[j] > best) best = open[j];
    }
    out.push({ start: s, end: e, mark: best >= 0 ? ok[best] : null });
  }
  return out;
}

/**
 * Renders untrusted text with highlighted ranges. Text only ever becomes text nodes, never markup. Marks with
 * an `id` get an empty anchor element at their start; each mark element carries its start offset in `data-o`.
 */
export function MarkedText({ text, marks, class: cls }: { text: string; marks: Mark[]; class?: string }) {
  const anchors = new Map<number, string[]>();
  for (const m of marks) if (m.id) anchors.set(m.span[0], [...(anchors.get(m.span[0]) ?? []), m.id]);
  return (
    <div class={`article-text ${cls ?? ""}`}>
      {pieces(text, marks).map((p) => (
        <Fragment key={p.start}>
          {anchors.get(p.start)?.map((id) => (
            <span key={id} id={id} class="anchor" />
          ))}
          {p.mark ? (
            <mark class={p.mark.cls} title={p.mark.title} data-o={p.start}>
              {text.slice(p.start, p.end)}
            </mark>
          ) : (
            text.slice(p.start, p.end)
          )}
        </Fragment>
      ))}
    </div>
  );
}
