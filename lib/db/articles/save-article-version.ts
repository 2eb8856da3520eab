import "server-only";
import type { Db } from "../client";
import { toJson } from "../json";
import { createVersionWithQuotations } from "./create-version";
import type { Quotation } from "@/lib/domain";

export interface ArticleVersionInput {
  articleId: string;
  title: string;
  byline: string | null;
  text: string;
  contentHash: string;
  wordCount: number;
  modifiedAt: Date | null;
  profile: unknown;
  quotations: Quotation[];
  fetchedAt: Date;
}

export interface SavedArticleVersion {
  versionId: string;
  version: number;
}

/**
 * Records a re-fetch whose text or headline changed: the earlier versions stay as they were, the article
 * shows the new one, and its quotations are re-derived from the new text (quotations always describe the
 * current version; earlier versions keep their text for the diff). One transaction.
 */
export async function saveArticleVersion(db: Db, input: ArticleVersionInput): Promise<SavedArticleVersion> {
  return db.$transaction(async (txClient) => {
    const tx = txClient as unknown as Db;
    const article = await tx.article.findUniqueOrThrow({
      where: { id: input.articleId },
      select: { versions: { orderBy: { version: "desc" }, take: 1, select: { version: true } } },
    });
    const version = (article.versions[0]?.version ?? 0) + 1;
    // Quotations always describe the current text: the previous version's are replaced.
    await tx.quotation.deleteMany({ where: { articleId: input.articleId } });
    const versionId = await createVersionWithQuotations(tx, {
      articleId: input.articleId,
      version,
      title: input.title,
      byline: input.byline,
      text: input.text,
      contentHash: input.contentHash,
      modifiedAt: input.modifiedAt,
      fetchedAt: input.fetchedAt,
      quotations: input.quotations,
    });
    await tx.article.update({
      where: { id: input.articleId },
      data: {
        title: input.title,
        byline: input.byline,
        text: input.text,
        contentHash: input.contentHash,
        wordCount: input.wordCount,
        modifiedAt: input.modifiedAt,
        profile: toJson(input.profile),
        versionCount: version,
        lastFetchedAt: input.fetchedAt,
        lastChangedAt: input.fetchedAt,
      },
    });
    return { versionId, version };
  });
}

/** A re-fetch that found nothing new: only the time of the check is recorded. */
export async function markArticleFetched(db: Db, articleId: string, fetchedAt: Date): Promise<void> {
  await db.article.update({ where: { id: articleId }, data: { lastFetchedAt: fetchedAt } });
}
