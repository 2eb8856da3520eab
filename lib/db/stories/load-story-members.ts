import "server-only";
import type { DatePrecision } from "@/lib/domain";
import type { Db } from "../client";

export interface StoryMemberRecord {
  articleId: string;
  title: string;
  publishedAt: Date | null;
  publishedAtPrecision: DatePrecision;
  outletName: string;
  /** A fictional demo article. */
  demo: boolean;
  quotations: {
    id: string;
    text: string;
    start: number;
    end: number;
    speaker: string | null;
    groupId: string | null;
  }[];
}

/**
 * What recomputing a story's title, dates and quote groups needs to know about its articles (article id
 * order, quotations in text order). Two raw reads: this runs after every ingested article, and for a story of
 * dozens of members Prisma's nested relation loading costs several times the lookup.
 */
export async function loadStoryMembers(db: Db, storyId: string): Promise<StoryMemberRecord[]> {
  const articles = await db.$queryRaw<
    {
      id: string;
      title: string;
      publishedAt: Date | string | number | null;
      publishedAtPrecision: string;
      outletName: string;
      demo: boolean | number | bigint;
    }[]
  >`SELECT a."id", a."title", a."publishedAt", a."publishedAtPrecision", o."name" AS "outletName", a."demo" FROM "StoryMembership" m JOIN "Article" a ON a."id" = m."articleId" JOIN "Outlet" o ON o."id" = a."outletId" WHERE m."storyId" = ${storyId} ORDER BY a."id" ASC`;
  const quotations = await db.$queryRaw<
    {
      id: string;
      articleId: string;
      text: string;
      start: number | bigint;
      end: number | bigint;
      speaker: string | null;
      groupId: string | null;
    }[]
  >`SELECT q."id", q."articleId", q."text", q."start", q."end", q."speaker", q."groupId" FROM "Quotation" q JOIN "StoryMembership" m ON m."articleId" = q."articleId" WHERE m."storyId" = ${storyId} ORDER BY q."articleId" ASC, q."start" ASC, q."id" ASC`;
  const byArticle = new Map<string, StoryMemberRecord["quotations"]>();
  for (const q of quotations) {
    const list = byArticle.get(q.articleId) ?? [];
    list.push({
      id: q.id,
      text: q.text,
      start: Number(q.start),
      end: Number(q.end),
      speaker: q.speaker,
      groupId: q.groupId,
    });
    byArticle.set(q.articleId, list);
  }
  return articles.map((a) => ({
    articleId: a.id,
    title: a.title,
    publishedAt: a.publishedAt === null ? null : new Date(a.publishedAt),
    publishedAtPrecision: a.publishedAtPrecision === "day" ? "day" : "instant",
    outletName: a.outletName,
    demo: Boolean(a.demo),
    quotations: byArticle.get(a.id) ?? [],
  }));
}
