import "server-only";
import type { Db } from "@/lib/db";
import { bulkInsert, tableRows } from "@/lib/db/bulk";

/** A generated story for benchmarks: plain rows, inserted without the ingest pipeline. */
export interface SyntheticStory {
  id: string;
  title: string;
  language: string;
  articles: {
    id: string;
    outletId: string;
    title: string;
    text: string;
    language: string;
    publishedAt: Date;
    quotations: { id: string; text: string; speaker: string; groupKey: string | null }[];
  }[];
}

/**
 * Stores generated stories (outlets must exist) in bulk, one multi-row insert per table and batch: for benchmarks of
 * the read side on a large archive, where ingesting 100k articles through the pipeline would take hours.
 */
export async function insertSyntheticStories(db: Db, stories: readonly SyntheticStory[]): Promise<void> {
  const articles = stories.flatMap((s) => s.articles.map((a) => ({ ...a, storyId: s.id })));
  const groups = new Map<string, { id: string; storyId: string; speaker: string; count: number }>();
  for (const article of articles)
    for (const q of article.quotations) {
      if (!q.groupKey) continue;
      const group = groups.get(q.groupKey) ?? {
        id: `g${q.groupKey}`,
        storyId: article.storyId,
        speaker: q.speaker,
        count: 0,
      };
      group.count += 1;
      groups.set(q.groupKey, group);
    }
  const now = new Date();
  await bulkInsert(db, [
    tableRows(
      {
        table: "Story",
        columns: [
          "id",
          "title",
          "language",
          "articleCount",
          "firstPublishedAt",
          "lastPublishedAt",
          "createdAt",
          "updatedAt",
        ],
      },
      stories.map((s) => {
        const times = s.articles.map((a) => a.publishedAt.getTime());
        return {
          id: s.id,
          title: s.title,
          language: s.language,
          articleCount: s.articles.length,
          firstPublishedAt: new Date(Math.min(...times)),
          lastPublishedAt: new Date(Math.max(...times)),
          createdAt: now,
          updatedAt: now,
        };
      }),
    ),
    tableRows(
      {
        table: "Article",
        columns: [
          "id",
          "outletId",
          "title",
          "text",
          "language",
          "publishedAt",
          "contentHash",
          "wordCount",
          "ingestedAt",
          "updatedAt",
        ],
      },
      articles.map((a) => ({
        id: a.id,
        outletId: a.outletId,
        title: a.title,
        text: a.text,
        language: a.language,
        publishedAt: a.publishedAt,
        contentHash: a.id,
        wordCount: a.text.split(" ").length,
        ingestedAt: now,
        updatedAt: now,
      })),
    ),
    tableRows(
      {
        table: "ArticleVersion",
        columns: ["id", "articleId", "version", "title", "text", "contentHash", "fetchedAt"],
      },
      articles.map((a) => ({
        id: `v${a.id}`,
        articleId: a.id,
        version: 1,
        title: a.title,
        text: "",
        contentHash: a.id,
        fetchedAt: now,
      })),
    ),
    tableRows(
      {
        table: "StoryMembership",
        columns: ["id", "storyId", "articleId", "score", "reasons", "createdAt", "updatedAt"],
        json: ["reasons"],
      },
      articles.map((a) => ({
        id: `m${a.id}`,
        storyId: a.storyId,
        articleId: a.id,
        score: 1,
        reasons: {},
        createdAt: now,
        updatedAt: now,
      })),
    ),
    tableRows(
      { table: "QuoteGroup", columns: ["id", "storyId", "key", "speaker", "variantCount", "createdAt"] },
      [...groups.entries()].map(([key, g]) => ({
        id: g.id,
        storyId: g.storyId,
        key,
        speaker: g.speaker,
        variantCount: g.count,
        createdAt: now,
      })),
    ),
    tableRows(
      {
        table: "Quotation",
        columns: ["id", "articleId", "versionId", "text", "start", "end", "speaker", "kind", "groupId"],
      },
      articles.flatMap((a) =>
        a.quotations.map((q, i) => ({
          id: q.id,
          articleId: a.id,
          versionId: `v${a.id}`,
          text: q.text,
          start: i * 100,
          end: i * 100 + q.text.length,
          speaker: q.speaker,
          kind: "direct",
          groupId: q.groupKey ? `g${q.groupKey}` : null,
        })),
      ),
    ),
  ]);
}
