import { useEffect, useRef, useState } from "preact/hooks";
import { paths } from "../api.ts";
import { Status, useJson } from "../components/data.tsx";
import { Badge, fmtDate, KIND_LABEL, KIND_TONE } from "../components/format.tsx";
import { type Mark, MarkedText } from "../components/marked.tsx";
import { Link } from "../router.tsx";
import type { ComparePage, FullArticle } from "../types.ts";
import { direction, marksFor, passageAt } from "./compare/marks.ts";

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
  const page = useJson<ComparePage>(`/api/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`);
  const [show, setShow] = useState<"a" | "b">("a");
  const [active, setActive] = useState<{ side: "a" | "b"; i: number } | null>(null);
  const sides = useRef<HTMLDivElement>(null);
  const data = page.state === "ok" ? page.data : null;
  useEffect(() => {
    // a click on a reused passage shows the same passage on the other side (mouse and touch shortcut)
    const el = sides.current;
    if (!el || !data) return;
    const onClick = (e: MouseEvent) => {
      const jump = passageAt(data, e.target as HTMLElement);
      if (!jump) return;
      setShow(jump.side);
      setActive(jump);
    };
    el.addEventListener("click", onClick);
    return () => el.removeEventListener("click", onClick);
  }, [data]);
  useEffect(() => {
    if (!active) return;
    document.getElementById(`p-${active.side}-${active.i}`)?.scrollIntoView({ block: "center" });
  }, [active]);
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
      {d.passages.length > 1 && (
        <nav class="passages" aria-label="Aligned passages">
          <span class="hint">Go to passage</span>
          {d.passages.slice(0, 60).map((_, i) => (
            <button
              key={i}
              type="button"
              aria-pressed={active?.i === i}
              onClick={() => setActive({ side: show, i })}
            >
              {i + 1}
            </button>
          ))}
        </nav>
      )}
      <div class="sides" data-show={show} ref={sides}>
        <Side art={d.a} marks={marksFor(d, "a", active?.i ?? -1)} label="Left" side="a" />
        <Side art={d.b} marks={marksFor(d, "b", active?.i ?? -1)} label="Right" side="b" />
      </div>
    </div>
  );
}
