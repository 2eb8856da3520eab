import "server-only";
import { storyTitle } from "@/lib/cluster";
import { groupQuotations } from "@/lib/compare";
import { loadStoryMembers, writeStoryDerived, type Db } from "@/lib/db";

const MAX_GROUPED_QUOTATIONS = 2_000;

/**
 * Recomputes what a story shows from its current members: the representative headline, article count, date
 * range, and the quotation groups that align one utterance across outlets. Runs inside the caller's
 * transaction (`db` is a transaction client), so the story never shows a half-applied change.
 */
export async function refreshStory(db: Db, storyId: string): Promise<void> {
  const members = await loadStoryMembers(db, storyId);
  const dates = members
    .map((m) => m.publishedAt?.getTime())
    .filter((t): t is number => t !== undefined)
    .sort((a, b) => a - b);
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
  const first = dates[0];
  const last = dates[dates.length - 1];
  await writeStoryDerived(db, storyId, {
    title: storyTitle(
      members.map((m) => ({ title: m.title, publishedAt: m.publishedAt?.toISOString() ?? null })),
    ),
    articleCount: members.length,
    firstPublishedAt: first === undefined ? null : new Date(first),
    lastPublishedAt: last === undefined ? null : new Date(last),
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
