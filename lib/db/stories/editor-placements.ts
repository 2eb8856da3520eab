import "server-only";
import type { Db } from "../client";

/**
 * Puts articles in a story as an editor's decision (inside the caller's transaction): their memberships move
 * there and are marked setByEditor, so automatic clustering never moves them again.
 */
export async function placeArticlesInStory(
  tx: Db,
  input: { articleIds: readonly string[]; storyId: string },
): Promise<void> {
  if (input.articleIds.length === 0) return;
  await tx.storyMembership.updateMany({
    where: { articleId: { in: [...input.articleIds] } },
    data: { storyId: input.storyId, setByEditor: true },
  });
}
