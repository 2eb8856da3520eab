import "server-only";
import { Prisma } from "@/prisma/generated/sqlite/client";
import type { Db } from "../client";
import { sqlDialect } from "../dialect";

export interface StoryTitleMatch {
  id: string;
  title: string;
  articleCount: number;
  lastPublishedAt: Date | null;
}

/** Most words of a title search that count; the rest are ignored. */
const MAX_WORDS = 6;
const MAX_RESULTS = 20;

const escapeLike = (word: string) => word.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Live stories whose title contains every word of `query` (case-insensitive; ASCII case on SQLite), or whose id
 * is `query`, most covered and most recent first, at most `limit` (≤ 20). A scan of the story titles: meant for an
 * editor picking a story to move an article to or merge, not for the public search.
 */
export async function findStoriesByTitle(
  db: Db,
  input: { query: string; excludeId?: string; limit: number },
): Promise<StoryTitleMatch[]> {
  const words = input.query.trim().split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  if (words.length === 0) return [];
  const like = sqlDialect(db) === "postgres" ? Prisma.sql`ILIKE` : Prisma.sql`LIKE`;
  const titleHasWords = Prisma.join(
    words.map((w) => Prisma.sql`s."title" ${like} ${`%${escapeLike(w)}%`} ESCAPE '\\'`),
    " AND ",
  );
  const ranked = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT s."id"
    FROM "Story" s
    WHERE s."mergedIntoId" IS NULL AND s."articleCount" > 0
      AND s."id" <> ${input.excludeId ?? ""}
      AND ((${titleHasWords}) OR s."id" = ${input.query.trim()})
    ORDER BY s."articleCount" DESC, COALESCE(s."lastPublishedAt", s."createdAt") DESC, s."id"
    LIMIT ${Math.max(1, Math.min(input.limit, MAX_RESULTS))}`);
  // The fields come through Prisma, which reads each database's date format; the raw query only ranks.
  const rows = await db.story.findMany({
    where: { id: { in: ranked.map((r) => r.id) } },
    select: { id: true, title: true, articleCount: true, lastPublishedAt: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ranked.flatMap((r) => byId.get(r.id) ?? []);
}
