import { KIND_LABEL } from "../../components/format.tsx";
import type { Mark } from "../../components/marked.tsx";
import type { ComparePage } from "../../types.ts";

/** Highlights for one side: reused passages, and inside them the words changed, dropped or added. */
export function marksFor(page: ComparePage, side: "a" | "b", active: number): Mark[] {
  const other = side === "a" ? page.b.text : page.a.text;
  const marks: Mark[] = page.passages.map((p, i) => ({
    span: p[side],
    cls: i === active ? "reused active" : "reused",
    id: `p-${side}-${i}`,
    title: "reused: click to see it on the other side",
  }));
  for (const p of page.passages)
    for (const c of p.changes) {
      const own = c[side];
      if (!own) continue;
      const theirs = side === "a" ? c.b : c.a;
      const was = theirs ? other.slice(theirs[0], theirs[1]) : "";
      if (c.op === "sub")
        marks.push({
          span: own,
          cls: `sub sub-${side}`,
          title: side === "a" ? `becomes “${was}”` : `was “${was}”`,
        });
      else
        marks.push({
          span: own,
          cls: side === "a" ? "dropped" : "added",
          title: side === "a" ? "dropped" : "added",
        });
    }
  return marks;
}

/** The passage under a clicked mark, addressed on the other side. */
export function passageAt(d: ComparePage, el: HTMLElement): { side: "a" | "b"; i: number } | null {
  const mark = el.closest("mark");
  const box = el.closest(".side");
  if (!mark || !box || mark.dataset.o === undefined) return null;
  const side = box.classList.contains("side-a") ? "a" : "b";
  const o = Number(mark.dataset.o);
  const i = d.passages.findIndex((p) => p[side][0] <= o && o < p[side][1]);
  return i < 0 ? null : { side: side === "a" ? "b" : "a", i };
}

export function direction(d: ComparePage): string {
  const r = d.relation;
  if (!r?.derived) return "which one came first is not known";
  const [copy, orig] = r.derived === d.a.id ? [d.a, d.b] : [d.b, d.a];
  const side = copy === d.a ? "left" : "right";
  const kind = KIND_LABEL[r.kind] ?? r.kind;
  return `${copy.outlet ?? copy.id} (${side}) is a ${kind} of ${orig.outlet ?? orig.id}`;
}
