import "server-only";
import { Prisma } from "@/prisma/generated/sqlite/client";
import type { Db } from "../client";

/**
 * Folds stories that clustering found to be one into `intoId` (inside the caller's transaction): their
 * articles and share links move, their quote groups and index keys go (the target's are recomputed), and each
 * keeps a row pointing at the target so its old links redirect. Stories with editedAt set are left alone unless
 * `byEditor` (an editor's own merge), so editors' placements never move automatically.
 */
export async function absorbStories(
  tx: Db,
  intoId: string,
  fromIds: readonly string[],
  options: { byEditor?: boolean } = {},
): Promise<void> {
  let from = fromIds.filter((id) => id !== intoId);
  // Automatic merges never fold a story an editor shaped (editedAt set); only an editor's own merge does.
  if (from.length > 0 && !options.byEditor)
    from = (
      await tx.story.findMany({ where: { id: { in: from }, editedAt: null }, select: { id: true } })
    ).map((s) => s.id);
  if (from.length === 0) return;
  await tx.storyMembership.updateMany({ where: { storyId: { in: from } }, data: { storyId: intoId } });
  await tx.shareLink.updateMany({ where: { storyId: { in: from } }, data: { storyId: intoId } });
  await tx.quoteGroup.deleteMany({ where: { storyId: { in: from } } });
  await tx.storyKey.deleteMany({ where: { storyId: { in: from } } });
  await tx.story.updateMany({
    where: { id: { in: from } },
    data: { mergedIntoId: intoId, articleCount: 0, profile: Prisma.DbNull },
  });
  // Stories merged earlier into one of these now point at the final target.
  await tx.story.updateMany({ where: { mergedIntoId: { in: from } }, data: { mergedIntoId: intoId } });
}

/** The story a merged-away story now lives in, or null when it was not merged (or does not exist). */
export async function findMergeTarget(db: Db, storyId: string): Promise<string | null> {
  const story = await db.story.findUnique({ where: { id: storyId }, select: { mergedIntoId: true } });
  return story?.mergedIntoId ?? null;
}
