import "server-only";
import type { Db } from "../client";
import { timestampParam } from "../json-rows";

/**
 * The newest publication date of any story, ignoring dates after `notAfter` (future dates are typos): the
 * clock that clustering judges dormant stories by (lib/cluster advanceClock). Null when no story is dated.
 * A raw read of constant text: it runs for every article stored, and Prisma's aggregate cost several times
 * the lookup (Story_lastPublishedAt_idx answers it).
 */
export async function findClusteringClock(db: Db, notAfter: Date): Promise<Date | null> {
  const rows = await db.$queryRaw<
    { newest: Date | string | number | null }[]
  >`SELECT MAX("lastPublishedAt") AS "newest" FROM "Story" WHERE "lastPublishedAt" <= ${timestampParam(db, notAfter)}`;
  const newest = rows[0]?.newest ?? null;
  return newest === null ? null : new Date(newest);
}
