import "server-only";
import { wireLineage } from "@/lib/cluster";
import { findMergeTarget, getDb, getStoryTexts, listStoryRows, type ListStoriesOptions } from "@/lib/db";
import { iso } from "../shapers/dates";
import { quoteGroupViews } from "../shapers/quote-groups";
import { lineageView, storyArticles, toStoryListItem } from "../shapers/stories";
import { getStoryComparison } from "./story-analysis";
import { loadStoryRecord } from "./story-record";
import type { StoryDetail, StoryLineageView, StoryListItem } from "../types";

export async function listStories(
  options: ListStoriesOptions = {},
): Promise<{ items: StoryListItem[]; total: number }> {
  const { rows, total } = await listStoryRows(await getDb(), options);
  return {
    total,
    items: rows.map(toStoryListItem),
  };
}

export async function getStory(storyId: string): Promise<StoryDetail | null> {
  const record = await loadStoryRecord(storyId);
  if (!record) return null;
  return {
    id: record.id,
    title: record.title,
    articleCount: record.articleCount,
    firstPublishedAt: iso(record.firstPublishedAt),
    lastPublishedAt: iso(record.lastPublishedAt),
    articles: storyArticles(record),
    quoteGroups: (await getStoryComparison(storyId))?.quoteGroups ?? quoteGroupViews(record),
    lineage: await storyLineage(storyId),
    demo: record.demo,
  };
}

/** Stories larger than this show the lineage of their earliest articles only: the work stays bounded. */
const MAX_LINEAGE_ARTICLES = 200;

async function storyLineage(storyId: string): Promise<StoryLineageView> {
  const texts = await getStoryTexts(await getDb(), storyId, MAX_LINEAGE_ARTICLES);
  return lineageView(wireLineage(texts, { maxArticles: MAX_LINEAGE_ARTICLES }), texts);
}

/** Where an old link to a story that clustering merged into another should go. */
export async function findMergedStory(storyId: string): Promise<string | null> {
  return findMergeTarget(await getDb(), storyId);
}
