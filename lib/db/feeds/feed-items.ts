import "server-only";
import type { Db } from "../client";
import { toJson } from "../json";

export interface KnownFeedItem {
  url: string;
  /** pending (its ingest is queued) | ingested | updated | duplicate | failed */
  status: string;
  attempts: number;
  lastAttemptAt: Date;
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
      select: { url: true, status: true, attempts: true, lastAttemptAt: true },
    });
    for (const row of rows) known.set(row.url, row);
  }
  return known;
}

export interface NewFeedItem {
  url: string;
  guid: string | null;
  title: string | null;
  publishedAt: Date | null;
}

/**
 * Records items a poll found and is about to ingest as pending (a failed item retried becomes pending again),
 * so the feed shows them while their ingest is queued and a later poll does not queue them twice.
 */
export async function markFeedItemsPending(
  db: Db,
  feedId: string,
  items: NewFeedItem[],
  at: Date,
): Promise<void> {
  for (const item of items) {
    const data = { guid: item.guid, title: item.title?.slice(0, 500) ?? null, publishedAt: item.publishedAt };
    await db.feedItem.upsert({
      where: { feedId_url: { feedId, url: item.url } },
      create: {
        feedId,
        url: item.url,
        ...data,
        status: "pending",
        attempts: 0,
        firstSeenAt: at,
        lastAttemptAt: at,
      },
      update: { ...data, status: "pending", lastAttemptAt: at },
    });
  }
}

export interface FeedItemOutcome {
  url: string;
  status: "ingested" | "updated" | "duplicate" | "failed";
  error: string | null;
  articleId: string | null;
  extractedChars: number | null;
  at: Date;
}

const SUCCEEDED = new Set(["ingested", "updated", "duplicate"]);

/**
 * Records what one attempt at an item did, and what the feed's health is computed from: an item that becomes an
 * article for the first time counts towards the feed's items found, and `length` (its extracted length, or 0
 * for a page with no article) joins the feed's recent lengths, keeping the last `keepLengths`. The feed row is
 * updated first so that its lock serialises concurrent items of one feed (their lengths are read, then written).
 */
export async function recordFeedItem(
  db: Db,
  feedId: string,
  outcome: FeedItemOutcome,
  options: { length: number | null; keepLengths: number },
): Promise<void> {
  await db.$transaction(async (txClient) => {
    const tx = txClient as unknown as Db;
    const prior = await tx.feedItem.findUnique({
      where: { feedId_url: { feedId, url: outcome.url } },
      select: { status: true, articleId: true },
    });
    const wasArticle = prior !== null && SUCCEEDED.has(prior.status);
    const isArticle = SUCCEEDED.has(outcome.status);
    const feed = await tx.feed.update({
      where: { id: feedId },
      data: { itemsFound: { increment: isArticle && !wasArticle ? 1 : 0 } },
      select: { recentExtractLengths: true },
    });
    if (options.length !== null) {
      const lengths = Array.isArray(feed.recentExtractLengths)
        ? feed.recentExtractLengths.filter((n): n is number => typeof n === "number")
        : [];
      lengths.push(options.length);
      await tx.feed.update({
        where: { id: feedId },
        data: { recentExtractLengths: toJson(lengths.slice(-options.keepLengths)) },
      });
    }
    // A repeated run of an item already stored (delivery is at least once) finds a duplicate: keep what it was.
    const keepPrior = wasArticle && outcome.status === "duplicate";
    const data = {
      status: keepPrior ? prior.status : outcome.status,
      error: outcome.error?.slice(0, 500) ?? null,
      articleId: keepPrior ? prior.articleId : outcome.articleId,
      extractedChars: outcome.extractedChars,
      lastAttemptAt: outcome.at,
    };
    await tx.feedItem.upsert({
      where: { feedId_url: { feedId, url: outcome.url } },
      create: { feedId, url: outcome.url, ...data, firstSeenAt: outcome.at },
      update: { ...data, attempts: { increment: 1 } },
    });
  });
}
