import "server-only";
import { getArticlesWithText, getDb } from "@/lib/db";
import { compareArticles, membersByPublication } from "./compare-articles";
import { publishedIso } from "./dates";
import { DEFAULT_COMPARED_ARTICLES, getStoryComparison } from "./story-analysis";
import { loadStoryRecord } from "./story-record";
import type { CompareArticleView, CompareData } from "./types";

export const MAX_COMPARED_ARTICLES = 6;

/**
 * Two or more of a story's articles side by side: their texts and quotations, the quote groups restricted to
 * them, which sentences some of them leave out, framing signals and word marks against the first column.
 * Without a selection, the story's first four articles, whose comparison comes from the story's cache.
 */
export async function getCompareData(storyId: string, articleIds?: string[]): Promise<CompareData | null> {
  const db = await getDb();
  const record = await loadStoryRecord(storyId);
  if (!record) return null;
  const members = membersByPublication(record);
  const memberIds = new Set(members);
  const requested = [...new Set((articleIds ?? []).filter((id) => memberIds.has(id)))];
  const defaultIds = members.slice(0, DEFAULT_COMPARED_ARTICLES);
  const chosen = (requested.length > 0 ? requested : defaultIds).slice(0, MAX_COMPARED_ARTICLES);
  const rows = await getArticlesWithText(db, chosen);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const inOrder = chosen.flatMap((id) => byId.get(id) ?? []);

  const isDefault = inOrder.length === defaultIds.length && inOrder.every((a, i) => a.id === defaultIds[i]);
  const cached = isDefault ? (await getStoryComparison(storyId))?.defaultCompare : undefined;
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
    publishedAt: publishedIso(row.publishedAt, row.publishedAtPrecision),
    url: row.canonicalUrl ?? row.sourceUrl,
    text: row.text,
    quotations: row.quotations.map(({ articleId: _articleId, ...q }) => q),
    demo: row.demo,
  }));
  return { story: { id: record.id, title: record.title }, articles, ...comparison };
}
