import "server-only";
import type { Db } from "../client";

type Value = Date | string | number | bigint | null;

/**
 * A cheap fingerprint of what the story list shows: the newest change to any story row. Clustering rewrites a
 * story's row whenever a member joins or leaves (its title, counts, dates and outlets are kept there), edits and
 * merges update it, and stories are never deleted, so any change to the list moves this. One index lookup
 * (Story.updatedAt is indexed) as a raw query: it runs before every cached list page is served, and Prisma's
 * aggregate API costs several times the CPU of the lookup itself.
 */
export async function getStoryListStamp(db: Db): Promise<string> {
  const rows = await db.$queryRaw<{ at: Value }[]>`SELECT MAX("updatedAt") AS "at" FROM "Story"`;
  const at = rows[0]?.at ?? null;
  if (at === null) return "empty";
  return at instanceof Date ? String(at.getTime()) : String(at);
}
