import "server-only";
import { wireLineage } from "@/lib/cluster";
import { findMergeTarget, getDb, getStoryTexts, listStoryRows, type ListStoriesOptions } from "@/lib/db";
import { fromJson } from "@/lib/db/json";
import { publishedIso } from "./dates";
import { quoteGroupViews } from "./quote-groups";
import { storyIdentity, type StoredStoryIdentity } from "./story-identity";
import { getStoryComparison } from "./story-analysis";
import { loadStoryRecord } from "./story-record";
import type { StoryDetail, StoryLineageView, StoryListItem } from "./types";

export async function listStories(
  options: ListStoriesOptions = {},
): Promise<{ items: StoryListItem[]; total: number }> {
  const { rows, total } = await listStoryRows(await getDb(), options);
  return {
    total,
    items: rows.map(toStoryListItem),
  };
}

/** One row of a story list (plain listing or search) as pages, the API and the CLI show it. */
export function toStoryListItem(
  row: StoredStoryIdentity & {
    id: string;
    articleCount: number;
    outlets: string[];
    variantGroupCount: number;
    demo: boolean;
  },
): StoryListItem {
  return {
    id: row.id,
    ...storyIdentity(row),
    articleCount: row.articleCount,
    outlets: row.outlets,
    variantGroupCount: row.variantGroupCount,
    demo: row.demo,
  };
}

export async function getStory(storyId: string): Promise<StoryDetail | null> {
  const record = await loadStoryRecord(storyId);
  if (!record) return null;
  const articles = record.memberships
    .map(({ article, score, reasons, setByEditor }) => {
      const why = fromJson(reasons, { sharedTerms: [] as string[], sharedEntities: [] as string[] });
      return {
        id: article.id,
        title: article.title,
        outlet: article.outlet,
        byline: article.byline,
        publishedAt: publishedIso(article.publishedAt, article.publishedAtPrecision),
        url: article.canonicalUrl ?? article.sourceUrl,
        wordCount: article.wordCount,
        quotationCount: article.quotations.length,
        membership: {
          score,
          sharedTerms: why.sharedTerms ?? [],
          sharedEntities: why.sharedEntities ?? [],
          setByEditor,
        },
        demo: article.demo,
      };
    })
    .sort(
      (a, b) => (a.publishedAt ?? "9999").localeCompare(b.publishedAt ?? "9999") || a.id.localeCompare(b.id),
    );
  return {
    id: record.id,
    ...storyIdentity(record),
    articleCount: record.articleCount,
    articles,
    quoteGroups: (await getStoryComparison(storyId))?.quoteGroups ?? quoteGroupViews(record),
    lineage: await storyLineage(storyId),
    demo: record.demo,
  };
}

/** Stories larger than this show the lineage of their earliest articles only: the work stays bounded. */
const MAX_LINEAGE_ARTICLES = 200;

async function storyLineage(storyId: string): Promise<StoryLineageView> {
  const texts = await getStoryTexts(await getDb(), storyId, MAX_LINEAGE_ARTICLES);
  const lineage = wireLineage(texts, { maxArticles: MAX_LINEAGE_ARTICLES });
  const outletOf = new Map(texts.map((t) => [t.id, t.outlet]));
  return {
    articles: lineage.articles,
    sources: lineage.sources,
    copies: lineage.copies.map((copy) => ({
      ...copy,
      outlet: outletOf.get(copy.articleId) ?? "",
      followsOutlet: outletOf.get(copy.followsArticleId) ?? "",
    })),
  };
}

/** Where an old link to a story that clustering merged into another should go. */
export async function findMergedStory(storyId: string): Promise<string | null> {
  return findMergeTarget(await getDb(), storyId);
}
