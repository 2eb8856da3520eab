import "server-only";
import type { Db } from "../client";
import { quotationSelect } from "./get-story-record";

export async function getArticleRecord(db: Db, articleId: string) {
  return db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      title: true,
      byline: true,
      publishedAt: true,
      publishedAtPrecision: true,
      sourceUrl: true,
      canonicalUrl: true,
      language: true,
      text: true,
      ingestedAt: true,
      demo: true,
      outlet: { select: { id: true, name: true, slug: true, country: true } },
      quotations: { orderBy: { start: "asc" }, select: quotationSelect },
      membership: { select: { story: { select: { id: true, title: true, articleCount: true } } } },
      modifiedAt: true,
      lastChangedAt: true,
      versions: {
        orderBy: { version: "desc" },
        take: 50,
        select: { version: true, title: true, fetchedAt: true, modifiedAt: true },
      },
    },
  });
}
