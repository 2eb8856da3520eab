import "server-only";
import type { Db } from "../client";

/** The bodies of a story's articles (at most `limit`, earliest first) with outlet and date: for wire lineage. */
export async function getStoryTexts(db: Db, storyId: string, limit: number) {
  const rows = await db.storyMembership.findMany({
    where: { storyId },
    orderBy: [{ article: { publishedAt: { sort: "asc", nulls: "last" } } }, { articleId: "asc" }],
    take: limit,
    select: {
      article: { select: { id: true, publishedAt: true, text: true, outlet: { select: { name: true } } } },
    },
  });
  return rows.map(({ article }) => ({
    id: article.id,
    outlet: article.outlet.name,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    text: article.text,
  }));
}
