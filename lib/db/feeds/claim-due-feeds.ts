import "server-only";
import type { Db } from "../client";

export interface DueFeed {
  id: string;
  url: string;
  etag: string | null;
  lastModified: string | null;
  intervalMinutes: number;
  consecutiveFailures: number;
  emptyPolls: number;
  recentExtractLengths: unknown;
  outletName: string | null;
}

/**
 * Takes up to `limit` active feeds whose poll is due and pushes their next poll `leaseMs` ahead, so another
 * worker (or a second process) does not poll them at the same time. The compare-and-set on nextFetchAt makes
 * each claim exclusive without locks, on SQLite and PostgreSQL alike.
 */
export async function claimDueFeeds(
  db: Db,
  options: { now: Date; limit: number; leaseMs: number; onlyIds?: string[] },
): Promise<DueFeed[]> {
  const due = await db.feed.findMany({
    where: {
      active: true,
      ...(options.onlyIds
        ? { id: { in: options.onlyIds } }
        : { OR: [{ nextFetchAt: null }, { nextFetchAt: { lte: options.now } }] }),
    },
    orderBy: [{ nextFetchAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
    take: options.limit,
    select: {
      id: true,
      url: true,
      etag: true,
      lastModified: true,
      intervalMinutes: true,
      consecutiveFailures: true,
      emptyPolls: true,
      recentExtractLengths: true,
      nextFetchAt: true,
      outlet: { select: { name: true } },
    },
  });
  const lease = new Date(options.now.getTime() + options.leaseMs);
  const claimed: DueFeed[] = [];
  for (const feed of due) {
    const { count } = await db.feed.updateMany({
      where: { id: feed.id, nextFetchAt: feed.nextFetchAt },
      data: { nextFetchAt: lease },
    });
    if (count === 1) {
      const { outlet, nextFetchAt: _nextFetchAt, ...rest } = feed;
      claimed.push({ ...rest, outletName: outlet?.name ?? null });
    }
  }
  return claimed;
}
