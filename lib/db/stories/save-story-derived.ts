import "server-only";
import type { Db } from "../client";

export interface StoryDerivedInput {
  title: string;
  articleCount: number;
  firstPublishedAt: Date | null;
  lastPublishedAt: Date | null;
  quoteGroups: { key: string; speaker: string | null; quotationIds: string[] }[];
}

/**
 * Writes what is computed from a story's members: headline, counts, dates and quote groups. Groups are keyed
 * by a deterministic key, so a group that survives a recomputation keeps its id (and share links to it).
 */
export async function saveStoryDerived(db: Db, storyId: string, input: StoryDerivedInput): Promise<void> {
  await db.$transaction(async (txClient) => {
    const tx = txClient as unknown as Db;
    await tx.story.update({
      where: { id: storyId },
      data: {
        title: input.title,
        articleCount: input.articleCount,
        firstPublishedAt: input.firstPublishedAt,
        lastPublishedAt: input.lastPublishedAt,
      },
    });
    const keys = input.quoteGroups.map((g) => g.key);
    await tx.quoteGroup.deleteMany({ where: { storyId, key: { notIn: keys } } });
    for (const group of input.quoteGroups) {
      const saved = await tx.quoteGroup.upsert({
        where: { storyId_key: { storyId, key: group.key } },
        create: {
          storyId,
          key: group.key,
          speaker: group.speaker,
          referenceQuotationId: group.quotationIds[0] ?? null,
          variantCount: group.quotationIds.length,
        },
        update: {
          speaker: group.speaker,
          referenceQuotationId: group.quotationIds[0] ?? null,
          variantCount: group.quotationIds.length,
        },
        select: { id: true },
      });
      await tx.quotation.updateMany({
        where: { id: { in: group.quotationIds } },
        data: { groupId: saved.id },
      });
    }
  });
}
