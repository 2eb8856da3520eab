import "server-only";
import type { Db } from "../client";

export type FeedPollRecord =
  | {
      kind: "ok";
      at: Date;
      nextFetchAt: Date;
      etag: string | null;
      lastModified: string | null;
      title: string | null;
      siteUrl: string | null;
      format: string | null;
      itemCount: number;
    }
  | { kind: "not-modified"; at: Date; nextFetchAt: Date }
  | { kind: "error"; at: Date; nextFetchAt: Date; message: string };

/**
 * Stores the outcome of one poll on the feed: what health is computed from. What its items became is recorded
 * as each item's ingest finishes (recordFeedItem).
 */
export async function recordFeedPoll(db: Db, feedId: string, record: FeedPollRecord): Promise<void> {
  const common = { lastFetchedAt: record.at, nextFetchAt: record.nextFetchAt };
  if (record.kind === "error") {
    await db.feed.update({
      where: { id: feedId },
      data: {
        ...common,
        lastError: record.message.slice(0, 500),
        lastErrorAt: record.at,
        consecutiveFailures: { increment: 1 },
      },
    });
    return;
  }
  if (record.kind === "not-modified") {
    await db.feed.update({
      where: { id: feedId },
      data: { ...common, lastSuccessAt: record.at, consecutiveFailures: 0 },
    });
    return;
  }
  await db.feed.update({
    where: { id: feedId },
    data: {
      ...common,
      lastSuccessAt: record.at,
      consecutiveFailures: 0,
      etag: record.etag,
      lastModified: record.lastModified,
      ...(record.title ? { title: record.title.slice(0, 300) } : {}),
      siteUrl: record.siteUrl,
      format: record.format,
      lastItemCount: record.itemCount,
      emptyPolls: record.itemCount === 0 ? { increment: 1 } : 0,
    },
  });
}
