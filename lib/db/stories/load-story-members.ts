import "server-only";
import type { Db } from "../client";

export interface StoryMemberRecord {
  articleId: string;
  title: string;
  publishedAt: Date | null;
  outletName: string;
  quotations: {
    id: string;
    text: string;
    start: number;
    end: number;
    speaker: string | null;
    groupId: string | null;
  }[];
}

/** What recomputing a story's title, dates and quote groups needs to know about its articles. */
export async function loadStoryMembers(db: Db, storyId: string): Promise<StoryMemberRecord[]> {
  const rows = await db.storyMembership.findMany({
    where: { storyId },
    orderBy: { articleId: "asc" },
    select: {
      article: {
        select: {
          id: true,
          title: true,
          publishedAt: true,
          outlet: { select: { name: true } },
          quotations: {
            orderBy: { start: "asc" },
            select: { id: true, text: true, start: true, end: true, speaker: true, groupId: true },
          },
        },
      },
    },
  });
  return rows.map(({ article }) => ({
    articleId: article.id,
    title: article.title,
    publishedAt: article.publishedAt,
    outletName: article.outlet.name,
    quotations: article.quotations,
  }));
}
