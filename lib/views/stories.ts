import "server-only";
import { getDb, getStoryRecord, listStoryRows, type ListStoriesOptions, type StoryRecord } from "@/lib/db";
import { fromJson } from "@/lib/db/json";
import { iso } from "./dates";
import { sortGroupViews, toQuoteGroupView } from "./quote-groups";
import type { QuoteGroupView, StoryDetail, StoryListItem } from "./types";

export async function listStories(
  options: ListStoriesOptions = {},
): Promise<{ items: StoryListItem[]; total: number }> {
  const { rows, total } = await listStoryRows(await getDb(), options);
  return {
    total,
    items: rows.map((row) => ({
      id: row.id,
      title: row.title,
      articleCount: row.articleCount,
      outlets: row.outlets,
      firstPublishedAt: iso(row.firstPublishedAt),
      lastPublishedAt: iso(row.lastPublishedAt),
      variantGroupCount: row.variantGroupCount,
    })),
  };
}

export function quoteGroupViews(record: Pick<StoryRecord, "quoteGroups">): QuoteGroupView[] {
  return sortGroupViews(
    record.quoteGroups
      .filter((g) => g.quotations.length > 0)
      .map((g) =>
        toQuoteGroupView({
          id: g.id,
          speaker: g.speaker,
          variants: g.quotations.map((q) => ({
            id: q.id,
            articleId: q.articleId,
            outlet: q.article.outlet.name,
            publishedAt: iso(q.article.publishedAt),
            text: q.text,
            start: q.start,
            end: q.end,
            speaker: q.speaker,
            cue: q.cue,
          })),
        }),
      ),
  );
}

export async function getStory(storyId: string): Promise<StoryDetail | null> {
  const record = await getStoryRecord(await getDb(), storyId);
  if (!record) return null;
  const articles = record.memberships
    .map(({ article, score, reasons, setByEditor }) => {
      const why = fromJson(reasons, { sharedTerms: [] as string[], sharedEntities: [] as string[] });
      return {
        id: article.id,
        title: article.title,
        outlet: article.outlet,
        byline: article.byline,
        publishedAt: iso(article.publishedAt),
        url: article.canonicalUrl ?? article.sourceUrl,
        wordCount: article.wordCount,
        quotationCount: article._count.quotations,
        membership: {
          score,
          sharedTerms: why.sharedTerms ?? [],
          sharedEntities: why.sharedEntities ?? [],
          setByEditor,
        },
      };
    })
    .sort(
      (a, b) => (a.publishedAt ?? "9999").localeCompare(b.publishedAt ?? "9999") || a.id.localeCompare(b.id),
    );
  return {
    id: record.id,
    title: record.title,
    articleCount: record.articleCount,
    firstPublishedAt: iso(record.firstPublishedAt),
    lastPublishedAt: iso(record.lastPublishedAt),
    articles,
    quoteGroups: quoteGroupViews(record),
  };
}
