import "server-only";
import { storyTitle } from "@/lib/cluster";
import { groupQuotations } from "@/lib/compare";
import { loadStoryMembers, saveStoryDerived, type Db } from "@/lib/db";

/**
 * Recomputes what a story shows from its current members: the representative headline, article count, date
 * range, and the quotation groups that align one utterance across outlets.
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
  const groups = groupQuotations(quotes);
  const first = dates[0];
  const last = dates[dates.length - 1];
  await saveStoryDerived(db, storyId, {
    title: storyTitle(
      members.map((m) => ({ title: m.title, publishedAt: m.publishedAt?.toISOString() ?? null })),
    ),
    articleCount: members.length,
    firstPublishedAt: first === undefined ? null : new Date(first),
    lastPublishedAt: last === undefined ? null : new Date(last),
    quoteGroups: groups.map((g) => ({
      key: g.key,
      speaker: g.speaker,
      quotationIds: g.variants.map((v) => v.id),
    })),
  });
}
