import "server-only";
import type { Db } from "../client";

type Value = Date | string | number | bigint | null;

/**
 * A cheap fingerprint of everything a live story's pages show: the story row (title, counts, dates, edits,
 * merges; clustering rewrites it whenever a member joins or leaves), its memberships (who is in it and why),
 * its articles (headline and metadata, new versions) and its outlets' profile facts (the coverage line). Any write that changes what the story or compare
 * page shows changes one of these. Null for an unknown story or one merged into another (those pages
 * redirect or 404 and are not cached). One raw aggregate: this runs before every cached page is served, and
 * Prisma's nested relation loading cost several times as much (3 ms against well under 1 ms of CPU).
 */
export async function getStoryPageStamp(db: Db, storyId: string): Promise<string | null> {
  const rows = await db.$queryRaw<
    {
      updatedAt: Value;
      editedAt: Value;
      mergedIntoId: string | null;
      articleCount: Value;
      members: Value;
      membershipsAt: Value;
      articlesAt: Value;
      versions: Value;
      outletsAt: Value;
    }[]
  >`SELECT s."updatedAt", s."editedAt", s."mergedIntoId", s."articleCount", COUNT(m."articleId") AS "members", MAX(m."updatedAt") AS "membershipsAt", MAX(a."updatedAt") AS "articlesAt", SUM(a."versionCount") AS "versions", MAX(o."factsUpdatedAt") AS "outletsAt" FROM "Story" s LEFT JOIN "StoryMembership" m ON m."storyId" = s."id" LEFT JOIN "Article" a ON a."id" = m."articleId" LEFT JOIN "Outlet" o ON o."id" = a."outletId" WHERE s."id" = ${storyId} GROUP BY s."id", s."updatedAt", s."editedAt", s."mergedIntoId", s."articleCount"`;
  const row = rows[0];
  if (!row || row.mergedIntoId !== null) return null;
  const part = (value: Value): string =>
    value === null ? "-" : value instanceof Date ? String(value.getTime()) : String(value);
  return [
    row.updatedAt,
    row.editedAt,
    row.articleCount,
    row.members,
    row.membershipsAt,
    row.articlesAt,
    row.versions,
    row.outletsAt,
  ]
    .map(part)
    .join(".");
}
