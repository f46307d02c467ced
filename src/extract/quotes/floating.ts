import type { Doc } from "../text/doc.ts";
import type { Attribution } from "./attribution.ts";
import { findQuoteRegions } from "./marks.ts";

/**
 * Attaches quoted stretches no cue claimed to the attribution before them: a quote later in the same
 * paragraph, or a paragraph that is only a quote right after the attribution's paragraph.
 */
export function attachFloating(doc: Doc, atts: Attribution[]): Attribution[] {
  const { sents, sentOf } = doc;
  const regions = findQuoteRegions(doc.text, doc.tk, sents);
  const used = new Uint8Array(doc.tk.raw.length);
  for (const a of atts)
    for (const r of [a.cue, ...a.content, ...(a.source ? [a.source] : [])]) used.fill(1, r[0], r[1]);
  const sorted = [...atts].sort((x, y) => x.cue[0] - y.cue[0]);
  let ai = -1;
  for (const r of regions) {
    while (ai + 1 < sorted.length && sorted[ai + 1].cue[0] < r.open) ai++;
    if (ai < 0 || used[r.open] || used[r.last]) continue;
    const a = sorted[ai];
    const aEnd = Math.max(...a.content.map((c) => c[1]), a.cue[1]);
    if (aEnd > r.open) continue;
    const s = sents[sentOf[r.open]];
    const aPara = sents[sentOf[aEnd - 1]].para;
    const startsSentence = s.first === r.open;
    const samePara = s.para === aPara && startsSentence;
    const nextPara = s.para === aPara + 1 && startsSentence && isParaStart(doc, r.open);
    if (!samePara && !nextPara) continue;
    a.content.push([r.open, r.last + 1]);
    used.fill(1, r.open, r.last + 1);
  }
  return atts;
}

function isParaStart(doc: Doc, k: number): boolean {
  const si = doc.sentOf[k];
  return si === 0 || doc.sents[si - 1].para !== doc.sents[si].para;
}
