import "server-only";
import type { Db } from "../client";

/** What folding a story into another carries along with its articles: its share links and the stories that redirect to it. */
export interface AbsorbedLinks {
  shareLinkIds: string[];
  redirectedStoryIds: string[];
}

/** A story's share links and the stories merged into it, read before it is folded away so an undo can restore them. */
export async function findAbsorbedLinks(tx: Db, storyId: string): Promise<AbsorbedLinks> {
  const [links, redirected] = await Promise.all([
    tx.shareLink.findMany({ where: { storyId }, select: { id: true }, orderBy: { id: "asc" } }),
    tx.story.findMany({ where: { mergedIntoId: storyId }, select: { id: true }, orderBy: { id: "asc" } }),
  ]);
  return { shareLinkIds: links.map((l) => l.id), redirectedStoryIds: redirected.map((s) => s.id) };
}

/**
 * Brings a story that was folded into `holderId` back to life (inside the caller's transaction): it no longer
 * redirects, and the share links and redirected stories it had take their way back to it, where they still point
 * at the holder. Its articles are placed separately.
 */
export async function reviveStory(
  tx: Db,
  input: { storyId: string; holderId: string; at: Date } & AbsorbedLinks,
): Promise<void> {
  await tx.story.update({ where: { id: input.storyId }, data: { mergedIntoId: null, editedAt: input.at } });
  if (input.shareLinkIds.length > 0)
    await tx.shareLink.updateMany({
      where: { id: { in: input.shareLinkIds }, storyId: input.holderId },
      data: { storyId: input.storyId },
    });
  const redirected = input.redirectedStoryIds.filter((id) => id !== input.storyId);
  if (redirected.length > 0)
    await tx.story.updateMany({
      where: { id: { in: redirected }, mergedIntoId: input.holderId },
      data: { mergedIntoId: input.storyId },
    });
}
