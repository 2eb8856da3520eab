import "server-only";
import type { Db } from "../client";

/** A story's quote group: its key and the quotations in it (null when the group is not that story's). */
export async function getQuoteGroupMembers(db: Db, storyId: string, groupId: string) {
  return db.quoteGroup.findFirst({
    where: { id: groupId, storyId },
    select: { id: true, key: true, quotations: { select: { id: true, articleId: true } } },
  });
}
