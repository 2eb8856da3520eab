import "server-only";
import { getArticlesWithText, getDb } from "@/lib/db";
import { compareArticles, membersByPublication } from "../shapers/compare-articles";
import { selectComparedArticles } from "../shapers/compare-selection";
import { iso } from "../shapers/dates";
import { getStoryComparison } from "./story-analysis";
import { loadStoryRecord } from "./story-record";
import type { CompareArticleView, CompareData } from "../types";

/**
 * Two or more of a story's articles side by side: their texts and quotations, the quote groups restricted to
 * them, which sentences some of them leave out, framing signals and word marks against the first column.
 * Which articles: selectComparedArticles (the requested ones, else the story's first four, whose comparison
 * comes from the story's stored analysis).
 */
export async function getCompareData(storyId: string, articleIds?: string[]): Promise<CompareData | null> {
  const db = await getDb();
  const record = await loadStoryRecord(storyId);
  if (!record) return null;
  const selection = selectComparedArticles(membersByPublication(record), articleIds);
  const chosen = selection.articleIds;
  const rows = await getArticlesWithText(db, chosen);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const inOrder = chosen.flatMap((id) => byId.get(id) ?? []);

  const cached = selection.isDefault ? (await getStoryComparison(storyId))?.defaultCompare : undefined;
  const sameColumns =
    cached !== undefined &&
    cached.articleIds.length === inOrder.length &&
    cached.articleIds.every((id, i) => id === inOrder[i]?.id);
  const { articleIds: _ids, ...comparison } = sameColumns ? cached : compareArticles(record, inOrder);

  const articles: CompareArticleView[] = inOrder.map((row) => ({
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    byline: row.byline,
    publishedAt: iso(row.publishedAt),
    url: row.canonicalUrl ?? row.sourceUrl,
    text: row.text,
    quotations: row.quotations.map(({ articleId: _articleId, ...q }) => q),
    demo: row.demo,
  }));
  return { story: { id: record.id, title: record.title }, articles, ...comparison };
}
