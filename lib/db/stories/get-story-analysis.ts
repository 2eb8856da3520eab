import "server-only";
import type { Prisma } from "@/prisma/generated/sqlite/client";
import type { Db } from "../client";

export interface StoredStoryAnalysis {
  /** The newest version id of every member article, sorted: what a cached analysis must have been made from. */
  memberVersionIds: string[];
  /** The cached analysis, or null when none was stored yet. */
  stored: { key: string; payload: Prisma.JsonValue; computedAt: Date } | null;
}

/** A live story's cached comparison and its members' current versions, or null for an unknown story. */
export async function getStoryAnalysis(db: Db, storyId: string): Promise<StoredStoryAnalysis | null> {
  const story = await db.story.findFirst({
    where: { id: storyId, mergedIntoId: null },
    select: {
      analysis: { select: { key: true, payload: true, computedAt: true } },
      memberships: {
        select: {
          article: {
            select: { versions: { orderBy: { version: "desc" }, take: 1, select: { id: true } } },
          },
        },
      },
    },
  });
  if (!story) return null;
  const memberVersionIds = story.memberships
    .flatMap((m) => m.article.versions.map((v) => v.id))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { memberVersionIds, stored: story.analysis };
}
