import type { CiteGroup } from "./brief-text.ts";

/** Escapes text for HTML element content and attribute values. Article text is untrusted. */
export function esc(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Cited articles by origin, escaped: "<b>A</b> Northwind Wire, The Harbour Courier; <b>B</b> ...". */
export function citeHtml(groups: CiteGroup[]): string {
  return groups.map((g) => `<b>${esc(g.origin)}</b>\u00a0${g.names.map(esc).join(", ")}`).join("; ");
}
