import type { ComponentChildren } from "preact";

const DATE = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const DATETIME = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

export function fmtDate(iso: string | null | undefined, withTime = false): string {
  if (!iso) return "undated";
  const t = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(t)) return iso;
  return withTime && iso.length > 10 ? `${DATETIME.format(t)} UTC` : DATE.format(t);
}

export function fmtRange(start: string | null, end: string | null): string {
  if (!start && !end) return "undated";
  const a = fmtDate(start ?? end);
  const b = fmtDate(end ?? start);
  return a === b ? a : `${a} – ${b}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export type Tone = "neutral" | "good" | "warn" | "bad" | "info";

export function Badge({
  tone = "neutral",
  children,
  title,
}: {
  tone?: Tone;
  children: ComponentChildren;
  title?: string;
}) {
  return (
    <span class={`badge badge-${tone}`} title={title}>
      {children}
    </span>
  );
}

export const KIND_LABEL: Record<string, string> = {
  duplicate: "reprint",
  version: "version",
  rewrite: "rewrite",
  spin: "spun copy",
  "shared-source": "shared source",
  original: "original",
  reprint: "reprint",
};

export const KIND_TONE: Record<string, Tone> = {
  original: "good",
  duplicate: "info",
  reprint: "info",
  version: "info",
  rewrite: "warn",
  spin: "bad",
  "shared-source": "neutral",
};
