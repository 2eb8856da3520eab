import "server-only";
import type { Db } from "../client";

/** A live story's member article ids in order of publication (at most `limit`), and how many it has. */
export async function getStoryMembers(db: Db, storyId: string, limit: number) {
  const story = await db.story.findFirst({
    where: { id: storyId, mergedIntoId: null },
    select: {
      id: true,
      title: true,
      titleByEditor: true,
      memberships: {
        orderBy: [{ article: { publishedAt: { sort: "asc", nulls: "last" } } }, { articleId: "asc" }],
        take: limit,
        select: { articleId: true },
      },
      _count: { select: { memberships: true } },
    },
  });
  if (!story) return null;
  return {
    id: story.id,
    title: story.title,
    titleByEditor: story.titleByEditor,
    articleIds: story.memberships.map((m) => m.articleId),
    total: story._count.memberships,
  };
}
