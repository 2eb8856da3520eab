import "server-only";
import type { Db } from "../client";

/**
 * Records that an editor decided these stories' make-up (inside the caller's transaction): editedAt is set, so
 * automatic merges never fold them, and with `pinMembers` every current membership becomes the editor's.
 */
export async function markStoriesEdited(
  tx: Db,
  input: { storyIds: readonly string[]; at: Date; pinMembers: boolean },
): Promise<void> {
  const ids = [...new Set(input.storyIds)];
  await tx.story.updateMany({ where: { id: { in: ids } }, data: { editedAt: input.at } });
  if (input.pinMembers)
    await tx.storyMembership.updateMany({ where: { storyId: { in: ids } }, data: { setByEditor: true } });
}
