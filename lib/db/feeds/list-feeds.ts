import "server-only";
import type { Db } from "../client";

const RECENT_FAILED_ITEMS = 5;

/** Every feed with what its health is computed from, and the latest failed items with their reasons. */
export async function listFeedRows(db: Db) {
  return db.feed.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      url: true,
      title: true,
      siteUrl: true,
      format: true,
      active: true,
      intervalMinutes: true,
      lastFetchedAt: true,
      lastSuccessAt: true,
      lastError: true,
      lastErrorAt: true,
      consecutiveFailures: true,
      itemsFound: true,
      lastItemCount: true,
      emptyPolls: true,
      recentExtractLengths: true,
      nextFetchAt: true,
      outlet: { select: { name: true } },
      items: {
        where: { status: "failed" },
        orderBy: [{ lastAttemptAt: "desc" }, { id: "asc" }],
        take: RECENT_FAILED_ITEMS,
        select: { url: true, title: true, error: true, lastAttemptAt: true },
      },
    },
  });
}

export type FeedRow = Awaited<ReturnType<typeof listFeedRows>>[number];
