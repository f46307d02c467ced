/** A compact element tree built from the linkedom DOM, with obvious page chrome left out. */
import { parseHTML } from "linkedom";
import { isHiddenStyle, junkHint } from "./patterns.ts";

export interface El {
  tag: string;
  hint: string;
  kids: (El | string)[];
  parent: El | null;
  /** Category of chrome suggested by the class/id, if any. */
  junk: string | null;
  /** Has an image as a direct child (its short text is likely a caption). */
  img?: boolean;
}

export interface DomNode {
  nodeType: number;
  localName?: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
  hasAttribute?(name: string): boolean;
}

/** Elements whose content is never article text. */
const DROP = new Set(
  (
    "script style noscript template svg canvas iframe object embed video audio source img picture " +
    "button input select textarea option dialog head link meta map area math"
  ).split(" "),
);
const PROTECTED = new Set(["html", "body", "main", "article"]);
/** Elements that usually hold chrome, judged like chrome-named ones (they may wrap a whole page). */
const JUNK_TAGS: Record<string, string> = {
  nav: "navigation",
  menu: "navigation",
  footer: "page",
  header: "page",
  aside: "aside",
  form: "form",
  label: "form",
  figure: "figure",
  figcaption: "figure",
};

export function parseDocument(html: string): DomNode {
  // A fragment or bare text gets a document around it, so that it has a body.
  const whole = /<(html|body)[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parseHTML(whole);
  return document as unknown as DomNode;
}

function attr(n: DomNode, name: string): string {
  return n.getAttribute?.(name) ?? "";
}

function dropped(n: DomNode, tag: string): boolean {
  if (DROP.has(tag)) return true;
  if (PROTECTED.has(tag)) return false;
  if (n.hasAttribute?.("hidden") || attr(n, "aria-hidden") === "true") return true;
  const style = attr(n, "style");
  if (style && isHiddenStyle(style)) return true;
  const role = attr(n, "role");
  if (role === "navigation" || role === "complementary" || role === "contentinfo" || role === "banner")
    return true;
  return false;
}

/** Nesting deeper than this (broken markup) is flattened to text, to bound recursion. */
const MAX_DEPTH = 250;

/** What the walk collects on the way from the body: JSON-LD texts and meta tags (microdata). */
export interface TreeSink {
  ld: string[];
  meta: DomNode[];
}

/** Builds the tree under `root`; returns null when the element itself is dropped. */
export function buildTree(
  root: DomNode,
  sink: TreeSink = { ld: [], meta: [] },
  parent: El | null = null,
  depth = 0,
): El | null {
  const tag = root.localName ?? "";
  const hint = `${attr(root, "class")} ${attr(root, "id")}`.trim().toLowerCase();
  if (parent && dropped(root, tag)) return null;
  const junk = JUNK_TAGS[tag] ?? (hint && !PROTECTED.has(tag) ? junkHint(hint) : null);
  const el: El = { tag, hint, kids: [], parent, junk };
  const kids = root.childNodes;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i];
    if (k.nodeType === 3) el.kids.push(k.textContent ?? "");
    else if (k.nodeType === 1 && depth >= MAX_DEPTH) el.kids.push(` ${k.textContent ?? ""} `);
    else if (k.nodeType === 1) {
      if (k.localName === "script" && /ld\+json/i.test(attr(k, "type"))) sink.ld.push(k.textContent ?? "");
      else if (k.localName === "meta") sink.meta.push(k);
      const sub = buildTree(k, sink, el, depth + 1);
      if (sub) el.kids.push(sub);
      else if (k.localName === "img" || k.localName === "picture") el.img = true;
    }
  }
  return el;
}
