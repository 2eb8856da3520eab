import "server-only";
import { Prisma } from "@/prisma/generated/sqlite/client";
import { providerOf, type Db } from "../client";
import { storyFilterConditions, type StoryFilters } from "./story-filter-sql";

/**
 * Which of these stories the story list would show for these filters (search text included): the same
 * conditions as the list, narrowed to the given ids. At most 1,000 ids are checked. Reads only.
 */
export async function storiesPassingFilters(
  db: Db,
  storyIds: readonly string[],
  filters: StoryFilters,
): Promise<Set<string>> {
  const ids = [...new Set(storyIds)].slice(0, 1_000);
  if (ids.length === 0) return new Set();
  const conditions = [
    ...storyFilterConditions(providerOf(db), filters),
    Prisma.sql`s."id" IN (${Prisma.join(ids)})`,
  ];
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT s."id" AS "id" FROM "Story" s WHERE ${Prisma.join(
    conditions,
    " AND ",
  )}`;
  return new Set(rows.map((row) => row.id));
}
