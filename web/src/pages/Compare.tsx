import { useEffect, useState } from "preact/hooks";
import { paths } from "../api.ts";
import { Status, useJson } from "../components/data.tsx";
import { Badge, fmtDate, KIND_LABEL, KIND_TONE } from "../components/format.tsx";
import { type Mark, MarkedText } from "../components/marked.tsx";
import { Link } from "../router.tsx";
import type { ComparePage, FullArticle } from "../types.ts";

/** Highlights for one side: reused passages, and inside them the words changed, dropped or added. */
function marksFor(page: ComparePage, side: "a" | "b"): Mark[] {
  const other = side === "a" ? page.b.text : page.a.text;
  const marks: Mark[] = page.passages.map((p, i) => ({ span: p[side], cls: "reused", id: `p-${side}-${i}` }));
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

function direction(d: ComparePage): string {
  const r = d.relation;
  if (!r?.derived) return "which one came first is not known";
  const [copy, orig] = r.derived === d.a.id ? [d.a, d.b] : [d.b, d.a];
  const side = copy === d.a ? "left" : "right";
  const kind = KIND_LABEL[r.kind] ?? r.kind;
  return `${copy.outlet ?? copy.id} (${side}) is a ${kind} of ${orig.outlet ?? orig.id}`;
}

function Side({ art, marks, label, side }: { art: FullArticle; marks: Mark[]; label: string; side: string }) {
  return (
    <section class={`side side-${side}`} aria-label={`${label}: ${art.outlet ?? art.id}`}>
      <header>
        <p class="side-label">{label}</p>
        <h2>
          <Link href={paths.article(art.id)}>{art.title ?? art.id}</Link>
        </h2>
        <p class="meta">
          <span>{art.outlet ?? "unknown outlet"}</span>
          <span>{fmtDate(art.publishedAt, true)}</span>
        </p>
      </header>
      <MarkedText text={art.text} marks={marks} />
    </section>
  );
}

/** Two articles side by side: reused passages highlighted in both, spun substitutions marked word by word. */
export function Compare({ a, b }: { a: string; b: string }) {
  const [show, setShow] = useState<"a" | "b">("a");
  const page = useJson<ComparePage>(`/api/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`);
  useEffect(() => {
    document.title = "Compare · newsfuse";
  }, []);
  if (page.state !== "ok") return <Status loaded={page} what="the comparison" />;
  const d = page.data;
  const subs = d.passages.flatMap((p) =>
    p.changes
      .filter((c) => c.op === "sub" && c.a && c.b)
      .map((c) => [d.a.text.slice(c.a![0], c.a![1]), d.b.text.slice(c.b![0], c.b![1])] as const),
  );
  const reused = d.passages.reduce((n, p) => n + (p.b[1] - p.b[0]), 0);
  const share = d.b.text.length ? Math.round((100 * reused) / d.b.text.length) : 0;
  return (
    <div class="compare">
      <h1 tabIndex={-1}>Compare</h1>
      <p class="meta relation">
        {d.relation ? (
          <>
            <Badge tone={KIND_TONE[d.relation.kind] ?? "neutral"}>
              {KIND_LABEL[d.relation.kind] ?? d.relation.kind}
            </Badge>
            <span>{direction(d)}</span>
            <span>score {d.relation.score.toFixed(2)}</span>
          </>
        ) : (
          <Badge>no stored reuse relation</Badge>
        )}
        <span>
          {d.passages.length} aligned passage{d.passages.length === 1 ? "" : "s"}, {share}% of the right-hand
          text
        </span>
      </p>
      <ul class="legend" aria-label="Legend">
        <li>
          <mark class="reused">reused passage</mark>
        </li>
        <li>
          <mark class="sub sub-a">words replaced</mark> → <mark class="sub sub-b">substitute</mark>
        </li>
        <li>
          <mark class="dropped">dropped</mark>
        </li>
        <li>
          <mark class="added">added</mark>
        </li>
      </ul>
      {subs.length > 0 && (
        <details class="swaps" open={subs.length <= 12}>
          <summary>
            {subs.length} word substitution{subs.length === 1 ? "" : "s"}
          </summary>
          <ul>
            {subs.map(([x, y], i) => (
              <li key={i}>
                <del>{x}</del> → <ins>{y}</ins>
              </li>
            ))}
          </ul>
        </details>
      )}
      <fieldset class="side-switch" aria-label="Show on a narrow screen">
        {(["a", "b"] as const).map((k) => (
          <button key={k} type="button" aria-pressed={show === k} onClick={() => setShow(k)}>
            {k === "a" ? "Left" : "Right"}: {(k === "a" ? d.a : d.b).outlet ?? "article"}
          </button>
        ))}
      </fieldset>
      <div class="sides" data-show={show}>
        <Side art={d.a} marks={marksFor(d, "a")} label="Left" side="a" />
        <Side art={d.b} marks={marksFor(d, "b")} label="Right" side="b" />
      </div>
    </div>
  );
}
