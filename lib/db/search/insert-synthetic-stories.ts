import "server-only";
import type { Db } from "../client";

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
 * Stores generated stories (outlets must exist) in bulk, `createMany` per table and batch: for benchmarks of
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
  await db.$transaction(
    async (tx) => {
      await tx.story.createMany({
        data: stories.map((s) => {
          const times = s.articles.map((a) => a.publishedAt.getTime());
          return {
            id: s.id,
            title: s.title,
            language: s.language,
            articleCount: s.articles.length,
            firstPublishedAt: new Date(Math.min(...times)),
            lastPublishedAt: new Date(Math.max(...times)),
          };
        }),
      });
      await tx.article.createMany({
        data: articles.map((a) => ({
          id: a.id,
          outletId: a.outletId,
          title: a.title,
          text: a.text,
          language: a.language,
          publishedAt: a.publishedAt,
          contentHash: a.id,
          wordCount: a.text.split(" ").length,
        })),
      });
      await tx.articleVersion.createMany({
        data: articles.map((a) => ({
          id: `v${a.id}`,
          articleId: a.id,
          version: 1,
          title: a.title,
          text: "",
          contentHash: a.id,
        })),
      });
      await tx.storyMembership.createMany({
        data: articles.map((a) => ({ storyId: a.storyId, articleId: a.id, score: 1, reasons: {} })),
      });
      await tx.quoteGroup.createMany({
        data: [...groups.entries()].map(([key, g]) => ({
          id: g.id,
          storyId: g.storyId,
          key,
          speaker: g.speaker,
          variantCount: g.count,
        })),
      });
      await tx.quotation.createMany({
        data: articles.flatMap((a) =>
          a.quotations.map((q, i) => ({
            id: q.id,
            articleId: a.id,
            versionId: `v${a.id}`,
            text: q.text,
            start: i * 100,
            end: i * 100 + q.text.length,
            speaker: q.speaker,
            groupId: q.groupKey ? `g${q.groupKey}` : null,
          })),
        ),
      });
      // A batch of a thousand stories can take a while on a busy machine: the default 5 s would abort it.
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
}
