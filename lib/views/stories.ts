import "server-only";
import { wireLineage } from "@/lib/cluster";
import {
  findMergeTarget,
  getDb,
  getStoryTexts,
  listStoryRows,
  type ListStoriesOptions,
  type StoryRecord,
} from "@/lib/db";
import { fromJson } from "@/lib/db/json";
import { iso } from "./dates";
import { sortGroupViews, toQuoteGroupView } from "./quote-groups";
import { getStoryComparison } from "./story-analysis";
import { loadStoryRecord } from "./story-record";
import type { QuoteGroupView, StoryDetail, StoryLineageView, StoryListItem } from "./types";

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
export function toStoryListItem(row: {
  id: string;
  title: string;
  articleCount: number;
  outlets: string[];
  firstPublishedAt: Date | null;
  lastPublishedAt: Date | null;
  variantGroupCount: number;
}): StoryListItem {
  return {
    id: row.id,
    title: row.title,
    articleCount: row.articleCount,
    outlets: row.outlets,
    firstPublishedAt: iso(row.firstPublishedAt),
    lastPublishedAt: iso(row.lastPublishedAt),
    variantGroupCount: row.variantGroupCount,
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
            role: q.speakerRole,
            cue: q.cue,
          })),
        }),
      ),
  );
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
        publishedAt: iso(article.publishedAt),
        url: article.canonicalUrl ?? article.sourceUrl,
        wordCount: article.wordCount,
        quotationCount: article.quotations.length,
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
    quoteGroups: (await getStoryComparison(storyId))?.quoteGroups ?? quoteGroupViews(record),
    lineage: await storyLineage(storyId),
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
