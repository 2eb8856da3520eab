import "server-only";
import { storyHeadline } from "@/lib/cluster";
import { groupQuotations, headlineCharge } from "@/lib/compare";
import { loadStoryMembers, writeStoryDerived, type Db } from "@/lib/db";

const MAX_GROUPED_QUOTATIONS = 2_000;

/**
 * Recomputes what a story shows from its current members: the representative headline and its outlet (unless an
 * editor named the story), article count, date range from the earliest report, and the quotation groups that align one utterance across outlets. Runs inside the caller's
 * transaction (`db` is a transaction client), so the story never shows a half-applied change.
 */
export async function refreshStory(db: Db, storyId: string): Promise<void> {
  const members = await loadStoryMembers(db, storyId);
  // The story's date is its earliest report; a date given without a time sorts at the start of its day.
  const dated = members
    .flatMap((m) =>
      m.publishedAt ? [{ time: m.publishedAt.getTime(), precision: m.publishedAtPrecision }] : [],
    )
    .sort((a, b) => a.time - b.time || (a.precision === b.precision ? 0 : a.precision === "day" ? -1 : 1));
  const quotes = members.flatMap((member) =>
    member.quotations.map((q) => ({
      id: q.id,
      articleId: member.articleId,
      outlet: member.outletName,
      publishedAt: member.publishedAt?.toISOString() ?? null,
      text: q.text,
      start: q.start,
      end: q.end,
      speaker: q.speaker,
    })),
  );
  // Grouping compares quotes pairwise; past the bound, the earliest quotations are grouped and the rest
  // stay ungrouped rather than failing the ingest.
  const groups = groupQuotations(earliestFirst(quotes).slice(0, MAX_GROUPED_QUOTATIONS), {
    maxQuotes: MAX_GROUPED_QUOTATIONS,
  });
  const first = dated[0];
  const last = dated[dated.length - 1];
  const headline = storyHeadline(
    members.map((m) => ({
      title: m.title,
      publishedAt: m.publishedAt?.toISOString() ?? null,
      outlet: m.outletName,
    })),
    { charge: headlineCharge },
  );
  await writeStoryDerived(db, storyId, {
    title: headline?.text ?? "",
    titleOutlet: headline?.source.outlet ?? null,
    articleCount: members.length,
    firstPublishedAt: first === undefined ? null : new Date(first.time),
    lastPublishedAt: last === undefined ? null : new Date(last.time),
    firstPublishedAtPrecision: first?.precision ?? "instant",
    lastPublishedAtPrecision: last?.precision ?? "instant",
    demo: members.length > 0 && members.every((m) => m.demo),
    quoteGroups: groups.map((g) => ({
      key: g.key,
      speaker: g.speaker,
      quotationIds: g.variants.map((v) => v.id),
    })),
    currentGroupOf: new Map(members.flatMap((m) => m.quotations.map((q) => [q.id, q.groupId] as const))),
  });
}

function earliestFirst<T extends { publishedAt: string | null; articleId: string; start: number }>(
  quotes: T[],
): T[] {
  return [...quotes].sort(
    (a, b) =>
      (a.publishedAt ?? "~").localeCompare(b.publishedAt ?? "~") ||
      a.articleId.localeCompare(b.articleId) ||
      a.start - b.start,
  );
}
