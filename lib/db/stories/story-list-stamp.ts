import "server-only";
import type { Db } from "../client";

type Value = Date | string | number | bigint | null;

/**
 * A cheap fingerprint of what the story list shows: the newest change to any story row. Clustering rewrites a
 * story's row whenever a member joins or leaves (its title, counts, dates and outlets are kept there), edits and
 * merges update it, and stories are never deleted, so any change to the list moves this; and the newest change
 * to an outlet's profile facts (the coverage line). Two index lookups (Story.updatedAt and
 * Outlet.factsUpdatedAt are indexed) in one raw query: it runs before every cached list page is served, and Prisma's
 * aggregate API costs several times the CPU of the lookup itself.
 */
export async function getStoryListStamp(db: Db): Promise<string> {
  // The coverage line counts outlets' countries and types: an edited profile changes the list too.
  const rows = await db.$queryRaw<{ at: Value; facts: Value }[]>`SELECT
    (SELECT MAX("updatedAt") FROM "Story") AS "at", (SELECT MAX("factsUpdatedAt") FROM "Outlet") AS "facts"`;
  const at = rows[0]?.at ?? null;
  if (at === null) return "empty";
  const facts = rows[0]?.facts ?? null;
  const part = (value: Value) => (value instanceof Date ? String(value.getTime()) : String(value));
  return facts === null ? part(at) : `${part(at)}.${part(facts)}`;
}
