import "server-only";
import { getDb, listFeedRows } from "@/lib/db";
import { feedHealth, median } from "@/lib/feeds";
import { iso } from "../shapers/dates";
import type { FeedView } from "../types";

/** Every feed subscription with its health: state, warnings, last success and error, recent failed items. */
export async function listFeeds(now: Date = new Date()): Promise<FeedView[]> {
  const rows = await listFeedRows(await getDb());
  return rows.map((row) => {
    const lengths = Array.isArray(row.recentExtractLengths)
      ? row.recentExtractLengths.filter((n): n is number => typeof n === "number")
      : [];
    const health = feedHealth({
      lastSuccessAt: row.lastSuccessAt,
      lastErrorAt: row.lastErrorAt,
      lastError: row.lastError,
      consecutiveFailures: row.consecutiveFailures,
      itemsFound: row.lastItemCount,
      recentItemCounts: row.emptyPolls > 0 ? Array<number>(row.emptyPolls).fill(0) : undefined,
      recentExtractLengths: lengths,
      now,
    });
    return {
      id: row.id,
      url: row.url,
      title: row.title,
      siteUrl: row.siteUrl,
      format: row.format,
      outlet: row.outlet?.name ?? null,
      active: row.active,
      intervalMinutes: row.intervalMinutes,
      state: row.active ? health.state : "paused",
      warnings: health.warnings,
      lastFetchedAt: iso(row.lastFetchedAt),
      lastSuccessAt: iso(row.lastSuccessAt),
      lastError: row.lastError,
      lastErrorAt: iso(row.lastErrorAt),
      consecutiveFailures: row.consecutiveFailures,
      itemsFound: row.itemsFound,
      lastItemCount: row.lastItemCount,
      medianExtractChars: lengths.length > 0 ? Math.round(median(lengths)) : null,
      nextFetchAt: iso(row.nextFetchAt),
      failedItems: row.items.map((item) => ({
        url: item.url,
        title: item.title,
        error: item.error,
        at: item.lastAttemptAt.toISOString(),
      })),
    };
  });
}
