import "server-only";
import type { Db } from "../client";

/** How many of a story's articles joined it after `since`: what a share link made then does not show. */
export async function countMembersSince(db: Db, storyId: string, since: Date): Promise<number> {
  return db.storyMembership.count({ where: { storyId, createdAt: { gt: since } } });
}
