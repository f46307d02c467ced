// Checks a brief built by the real pipeline from ../shared/seeds against what the seed articles say
// (see ../shared/seeds/README.md). For the integration test, e.g.:
//   const report = <analyze ../shared/seeds>;
//   const brief = report.briefs.find((b) => b.sources.length >= 4);
//   for (const c of checkSeedsBrief(brief, report.articles)) assert.ok(c.ok, `${c.name}: ${c.detail}`);
// Seeds are named by file: 000 and 004 are two versions of one outlet's article; 003 is the spun
// rewrite; 001 shares its original with 003; 002 is independent.
import type { Brief, FigureEntry } from "../../src/crosscheck/brief.ts";

export interface SeedArticle {
  id: string;
  source: string;
}

export interface SeedCheck {
  name: string;
  ok: boolean;
  detail: string;
}

const FILES = { v1: "000_", spun: "003_", v2: "004_" };

function idOf(articles: SeedArticle[], prefix: string): string | null {
  return articles.find((a) => a.source.split(/[\\/]/).pop()?.startsWith(prefix))?.id ?? null;
}

export function checkSeedsBrief(brief: Brief, articles: SeedArticle[]): SeedCheck[] {
  const v1 = idOf(articles, FILES.v1);
  const v2 = idOf(articles, FILES.v2);
  const spun = idOf(articles, FILES.spun);
  const row = (id: string | null) => brief.sources.find((s) => s.articleId === id);
  const out: SeedCheck[] = [];
  const r1 = row(v1);
  const r2 = row(v2);
  out.push({
    name: "the two versions of one outlet's article count as one source",
    ok: !!r1 && !!r2 && r1.origin === r2.origin,
    detail: `origins ${r1?.origin} / ${r2?.origin}; ${r2?.originality} of ${r2?.of}`,
  });
  const rs = row(spun);
  out.push({
    name: "the spun copy is marked as spun in the sources table",
    ok: rs?.originality === "spin",
    detail: `originality ${rs?.originality} of ${rs?.of}`,
  });
  out.push(...spunQuoteChecks(brief, spun));
  out.push(...troopChecks(brief));
  return out;
}

function spunQuoteChecks(brief: Brief, spun: string | null): SeedCheck[] {
  const groups = brief.whoSaid.flatMap((s) => s.groups).filter((g) => g.articleIds.length > 1);
  const withSpun = groups.filter((g) => spun && g.articleIds.includes(spun));
  const alteredSpun = withSpun.filter((g) =>
    g.versions.some((v) => v.altered && spun && v.articleIds.includes(spun)),
  );
  // Origins recounted from the sources table without the spun copy must match the brief's count.
  const originOf = new Map(brief.sources.map((s) => [s.articleId, s.origin]));
  const inflated = withSpun.filter((g) => {
    const ids = g.versions.filter((v) => !v.altered).flatMap((v) => v.articleIds);
    return g.origins !== new Set(ids.filter((id) => id !== spun).map((id) => originOf.get(id))).size;
  });
  return [
    {
      name: "the spun copy's garbled quotes are grouped with their originals and marked altered",
      ok: alteredSpun.length >= 2,
      detail: `${alteredSpun.length} groups with an altered spun version, of ${withSpun.length} holding the spun copy`,
    },
    {
      name: "a spun wording never counts as a source",
      ok: inflated.length === 0,
      detail: inflated.map((g) => g.text).join(" | ") || "none",
    },
  ];
}

function troopChecks(brief: Brief): SeedCheck[] {
  const troops = brief.figures.filter((f) => /troop|soldier|forces|personnel/i.test(f.what));
  const entries = troops.flatMap((f) => f.entries);
  const with10k = entries.filter((e) => e.value === 10000);
  const with3k = entries.filter((e) => e.value === 3000);
  const named = (es: FigureEntry[]) =>
    es.some((e) => e.claimant !== "unattributed" && (e.date ?? e.when) !== null);
  const conflicting = [...with10k, ...with3k].filter((e) => e.conflict);
  return [
    {
      name: "10,000 troops appears with its claimant and date",
      ok: named(with10k),
      detail: with10k.map((e) => `${e.claimant} ${e.date ?? e.when}`).join("; ") || "no 10,000 entry",
    },
    {
      name: "3,000 troops appears with its claimant and date",
      ok: named(with3k),
      detail: with3k.map((e) => `${e.claimant} ${e.date ?? e.when}`).join("; ") || "no 3,000 entry",
    },
    {
      name: "10,000 and 3,000 are not one conflict (different claimants or an estimate that changed)",
      ok: with10k.length > 0 && with3k.length > 0 && conflicting.length === 0,
      detail:
        conflicting.map((e) => `${e.claimant} ${e.date ?? e.when} ${e.display}`).join("; ") ||
        "no conflict flagged",
    },
  ];
}
