import type { Hono } from "hono";
import type { Passage, Relation } from "../../model/index.ts";
import { align } from "../../reuse/index.ts";
import { passageDiff } from "../diff.ts";
import { badRequest, idParam, notFound } from "../http.ts";
import type { StoreView } from "../state.ts";
import { articleJson } from "./articles.ts";

const MAX_PASSAGES = 500;
/** Word-diff cells (about words × words) spent on one comparison; passages beyond it are not diffed. */
const DIFF_BUDGET = 30_000_000;
/** Texts longer than this are not aligned on the fly. */
const MAX_ALIGN_CHARS = 1_000_000;

/** `GET /api/compare?a=ID&b=ID`: both articles, their relation, aligned passages with word-level changes. */
export function compareRoutes(app: Hono, view: StoreView): void {
  app.get("/api/compare", async (c) => {
    const a = idParam(c.req.query("a"), "a");
    const b = idParam(c.req.query("b"), "b");
    if (a === b) throw badRequest("a and b must be two different articles");
    const [x, y] = await Promise.all([view.store.articles({ ids: [a] }), view.store.articles({ ids: [b] })]);
    if (!x[0]) throw notFound(`article ${a}`);
    if (!y[0]) throw notFound(`article ${b}`);
    const rel = (await view.store.relations([a])).find((r) => pairOf(r, a, b));
    let passages = rel ? oriented(rel, a) : [];
    let aligned: "stored" | "computed" | "none" = passages.length ? "stored" : "none";
    if (!passages.length) {
      passages = await computeAlignment(x[0].text, y[0].text);
      if (passages.length) aligned = "computed";
    }
    const shown = passages.slice(0, MAX_PASSAGES).sort((p, q) => p.a[0] - q.a[0]);
    let budget = DIFF_BUDGET;
    const diffed = shown.map((p) => {
      const d = budget > 0 ? passageDiff(x[0].text, p.a, y[0].text, p.b) : null;
      budget -= ((p.a[1] - p.a[0]) * (p.b[1] - p.b[0])) / 36;
      return { a: p.a, b: p.b, ...(d ?? { same: 0, changes: [], truncated: true }) };
    });
    return c.json({
      a: articleJson(x[0]),
      b: articleJson(y[0]),
      relation: rel ? { kind: rel.kind, derived: rel.derived, score: rel.score, a: rel.a, b: rel.b } : null,
      aligned,
      passages: diffed,
    });
  });
}

function pairOf(r: Relation, a: string, b: string): boolean {
  return (r.a === a && r.b === b) || (r.a === b && r.b === a);
}

/** The relation's passages with `a` on the side of article `a`. */
function oriented(r: Relation, a: string): Passage[] {
  return r.a === a ? r.passages : r.passages.map((p) => ({ a: p.b, b: p.a }));
}

/** Articles with no stored relation are aligned on the fly (they may share a passage below the threshold). */
async function computeAlignment(ta: string, tb: string): Promise<Passage[]> {
  if (ta.length > MAX_ALIGN_CHARS || tb.length > MAX_ALIGN_CHARS) return [];
  return align(ta, tb);
}
