import "server-only";
import type { Db } from "../client";

/**
 * The newest publication date of any story, ignoring dates after `notAfter` (future dates are typos): the
 * clock that clustering judges dormant stories by (lib/cluster advanceClock). Null when no story is dated.
 */
export async function findClusteringClock(db: Db, notAfter: Date): Promise<Date | null> {
  const newest = await db.story.aggregate({
    where: { lastPublishedAt: { lte: notAfter } },
    _max: { lastPublishedAt: true },
  });
  return newest._max.lastPublishedAt;
}
