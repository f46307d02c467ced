import type { Brief, QuoteGroup, Statement } from "../crosscheck/brief.ts";
import { displayQuote } from "../crosscheck/quote-display.ts";
import { BRIEF_CSS } from "./brief-css.ts";
import { citeHtml, esc } from "./brief-escape.ts";
import { eventsHtml, namedHtml } from "./brief-named.ts";
import { figuresHtml, sourcesHtml } from "./brief-tables.ts";
import { articleLabels, type BriefArticle, citer, countsLine, shortTime, sourcesText } from "./brief-text.ts";

export { esc } from "./brief-escape.ts";

type Cite = (ids: string[]) => string;

const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** All briefs as one self-contained HTML page: inline CSS, no scripts, no outside requests. */
export function renderBriefHtml(briefs: Brief[], articles: BriefArticle[]): string {
  const title = briefs.length === 1 ? briefs[0].headline : `newsfuse: ${briefs.length} stories`;
  const nav =
    briefs.length > 1
      ? `<nav><h2>Stories</h2><ul>${briefs.map((b, i) => `<li><a href="#story-${i + 1}">${esc(b.headline)}</a></li>`).join("")}</ul></nav>`
      : "";
  const body =
    briefs.length === 0
      ? "<p>No stories found.</p>"
      : briefs.map((b, i) => briefHtml(b, i, articles)).join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<title>${esc(title)}</title>
<style>${BRIEF_CSS}</style>
</head>
<body>
<main>
${nav}
${body}
</main>
</body>
</html>
`;
}

function briefHtml(b: Brief, i: number, articles: BriefArticle[]): string {
  const labels = articleLabels(b, articles);
  const groups = citer(b, articles);
  const cite: Cite = (ids) => citeHtml(groups(ids));
  const n = i + 1;
  return `<article class="brief" id="story-${n}">
<h1>${esc(b.headline)}</h1>
<p class="meta">${esc(countsLine(b.articleCount, b.originCount))}</p>
${statementList("What is established", b.established, cite, "ok")}
${statementList("What is disputed", b.disputed, cite, "disputed")}
${statementList("Single-source statements", b.singleSource, cite, "single")}
<section class="who"><h2>Who said what</h2>${whoSaid(b, cite)}</section>
<section class="figures" id="figures-${n}"><h2>Figures</h2>${figuresHtml(b.figures, cite)}</section>
<section class="events" id="events-${n}"><h2>Events</h2>${eventsHtml(b.events ?? [], cite)}</section>
<section class="named" id="named-${n}"><h2>Named in the story</h2>${namedHtml(b)}</section>
<section class="sources" id="sources-${n}"><h2>Sources</h2>${sourcesHtml(b.sources, labels)}</section>
<section class="timeline"><h2>Timeline</h2><ul>${b.timeline
    .map((t) => `<li><span class="muted">${esc(shortTime(t.at))}</span> ${esc(t.text)}</li>`)
    .join("")}</ul></section>
</article>`;
}

function statementList(title: string, items: Statement[], cite: Cite, badge: string): string {
  if (items.length === 0) return `<section><h2>${title}</h2><p class="muted">None.</p></section>`;
  const li = items.map(
    (s) =>
      `<li>${esc(s.text)} <span class="badge b-${badge}">${sourcesText(s.origins)}</span> <span class="muted">${cite(s.articleIds)}</span></li>`,
  );
  return `<section><h2>${title}</h2><ul>${li.join("")}</ul></section>`;
}

function whoSaid(b: Brief, cite: Cite): string {
  if (b.whoSaid.length === 0) return `<p class="muted">No quotes found.</p>`;
  return b.whoSaid
    .map(
      (s) =>
        `<h3>${esc(s.speaker)}${s.title ? `<span class="muted">, ${esc(s.title)}</span>` : ""}</h3>${s.groups.map((g) => quoteHtml(g, cite)).join("")}`,
    )
    .join("");
}

function quoteHtml(g: QuoteGroup, cite: Cite): string {
  const best = g.versions[0];
  const badges = [
    `<span class="badge ${g.origins >= 2 ? "b-ok" : "b-single"}">${sourcesText(g.origins)}</span>`,
    g.altered ? `<span class="badge b-altered">altered versions</span>` : "",
  ].join("");
  const versions = g.versions
    .slice(1)
    .map(
      (v) =>
        `<div class="version">${v.altered ? '<span class="badge b-altered">altered</span> in' : "in other words in"} ${cite(v.articleIds)}: ${v.diff
          .map((o) =>
            o.op === "same"
              ? esc(o.text)
              : o.op === "add"
                ? `<ins>${esc(o.text)}</ins>`
                : `<del>${esc(o.text)}</del>`,
          )
          .join(" ")}</div>`,
    )
    .join("");
  return `<blockquote>${esc(displayQuote(g.text, g.kind))}</blockquote><div class="muted">${g.kind} ${badges} ${cite(best.articleIds)}</div>${versions}`;
}
