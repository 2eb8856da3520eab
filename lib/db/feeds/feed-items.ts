import "server-only";
import type { Db } from "../client";

export interface KnownFeedItem {
  url: string;
  status: string;
  attempts: number;
}

/** Which of these item URLs the feed has already seen, with how each attempt went. */
export async function findKnownFeedItems(
  db: Db,
  feedId: string,
  urls: string[],
): Promise<Map<string, KnownFeedItem>> {
  const known = new Map<string, KnownFeedItem>();
  const CHUNK = 500;
  for (let i = 0; i < urls.length; i += CHUNK) {
    const rows = await db.feedItem.findMany({
      where: { feedId, url: { in: urls.slice(i, i + CHUNK) } },
      select: { url: true, status: true, attempts: true },
    });
    for (const row of rows) known.set(row.url, row);
  }
  return known;
}

export interface FeedItemOutcome {
  url: string;
  guid: string | null;
  title: string | null;
  publishedAt: Date | null;
  status: "ingested" | "updated" | "duplicate" | "failed";
  error: string | null;
  articleId: string | null;
  extractedChars: number | null;
  at: Date;
}

/** Records what happened to one item (a retry of a failed item updates its row). */
export async function recordFeedItem(db: Db, feedId: string, outcome: FeedItemOutcome): Promise<void> {
  const data = {
    guid: outcome.guid,
    title: outcome.title?.slice(0, 500) ?? null,
    publishedAt: outcome.publishedAt,
    status: outcome.status,
    error: outcome.error?.slice(0, 500) ?? null,
    articleId: outcome.articleId,
    extractedChars: outcome.extractedChars,
    lastAttemptAt: outcome.at,
  };
  await db.feedItem.upsert({
    where: { feedId_url: { feedId, url: outcome.url } },
    create: { feedId, url: outcome.url, ...data, firstSeenAt: outcome.at },
    update: { ...data, attempts: { increment: 1 } },
  });
}
