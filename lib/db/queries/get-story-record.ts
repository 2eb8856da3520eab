import "server-only";
import type { Db } from "../client";
import { storySummarySelect } from "./story-summary-select";

const outletSelect = { id: true, name: true, slug: true, country: true, ownershipType: true } as const;

export const quotationSelect = {
  id: true,
  articleId: true,
  text: true,
  start: true,
  end: true,
  speaker: true,
  speakerStart: true,
  speakerEnd: true,
  speakerRole: true,
  speakerNameStart: true,
  speakerNameEnd: true,
  cue: true,
  groupId: true,
} as const;

/** A live story (not merged away) with its articles (newest version's metadata), memberships and quote groups. */
export async function getStoryRecord(db: Db, storyId: string) {
  return db.story.findFirst({
    where: { id: storyId, mergedIntoId: null },
    select: {
      ...storySummarySelect,
      memberships: {
        select: {
          score: true,
          reasons: true,
          setByEditor: true,
          article: {
            select: {
              id: true,
              title: true,
              byline: true,
              publishedAt: true,
              publishedAtPrecision: true,
              sourceUrl: true,
              canonicalUrl: true,
              wordCount: true,
              demo: true,
              outlet: { select: outletSelect },
              // Ids, not _count: Prisma counts with a GROUP BY over the whole Quotation table (~30 ms at 50k articles).
              quotations: { select: { id: true } },
            },
          },
        },
      },
      quoteGroups: {
        orderBy: [{ variantCount: "desc" }, { key: "asc" }],
        select: {
          id: true,
          key: true,
          speaker: true,
          referenceQuotationId: true,
          quotations: {
            select: {
              ...quotationSelect,
              article: {
                select: { publishedAt: true, publishedAtPrecision: true, outlet: { select: { name: true } } },
              },
            },
          },
        },
      },
    },
  });
}

export type StoryRecord = NonNullable<Awaited<ReturnType<typeof getStoryRecord>>>;

/** Full texts and quotations of some of a story's articles, for side-by-side comparison. */
export async function getArticlesWithText(db: Db, articleIds: string[]) {
  return db.article.findMany({
    where: { id: { in: articleIds } },
    select: {
      id: true,
      title: true,
      byline: true,
      publishedAt: true,
      publishedAtPrecision: true,
      sourceUrl: true,
      canonicalUrl: true,
      text: true,
      demo: true,
      outlet: { select: outletSelect },
      quotations: { orderBy: { start: "asc" }, select: quotationSelect },
    },
  });
}
