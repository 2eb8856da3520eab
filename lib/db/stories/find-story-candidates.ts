import "server-only";
import type { Db } from "../client";

export interface StoredStoryProfile {
  storyId: string;
  profile: unknown;
}

const DAY_MS = 86_400_000;

/**
 * Stories a new article might join: same language, active within `windowDays` of its publication time (or
 * recently updated, for undated articles), newest first, at most `limit`. The bound keeps one article's cost
 * flat as the archive grows.
 */
export async function findStoryCandidates(
  db: Db,
  options: { language: string | null; publishedAt: Date | null; windowDays?: number; limit?: number },
): Promise<StoredStoryProfile[]> {
  const windowMs = (options.windowDays ?? 30) * DAY_MS;
  const published = options.publishedAt;
  const rows = await db.story.findMany({
    where: {
      AND: [
        options.language ? { OR: [{ language: options.language }, { language: null }] } : {},
        published
          ? {
              OR: [
                { lastPublishedAt: null },
                {
                  lastPublishedAt: { gte: new Date(published.getTime() - windowMs) },
                  firstPublishedAt: { lte: new Date(published.getTime() + windowMs) },
                },
              ],
            }
          : {},
      ],
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: options.limit ?? 500,
    select: { id: true, profile: true },
  });
  return rows.map((row) => ({ storyId: row.id, profile: row.profile }));
}
