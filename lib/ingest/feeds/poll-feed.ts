import "server-only";
import { findKnownFeedItems, getDb, recordFeedItem, recordFeedPoll, type Db, type DueFeed } from "@/lib/db";
import { env } from "@/lib/env";
import { toAppError } from "@/lib/errors";
import { nextPoll, parseFeed, type FeedItem } from "@/lib/feeds";
import { fetchPage, type FetchOptions } from "@/lib/fetch";
import { ingestUrl } from "../ingest-url";

export interface PollLimits {
  /** New items ingested per poll; the rest wait for the next poll, so one huge feed cannot stall the others. */
  maxNewItems: number;
  /** A failed item is retried on later polls until it has failed this many times. */
  maxItemAttempts: number;
  /** Extracted lengths kept per feed for the "suspiciously short" warning. */
  recentLengths: number;
}

export const DEFAULT_POLL_LIMITS: PollLimits = { maxNewItems: 50, maxItemAttempts: 3, recentLengths: 20 };

export interface PollOutcome {
  feedId: string;
  url: string;
  result: "ok" | "not-modified" | "error";
  error?: string;
  items: number;
  created: number;
  updated: number;
  duplicates: number;
  failed: number;
}

/**
 * One poll of one feed: a conditional GET, parse, then fetch and ingest each item not seen before (failed
 * ones are retried a few times). Every outcome, good or bad, is recorded on the feed and its items; a failing
 * item never stops the others, and a failing feed only pushes back its own next poll.
 */
export async function pollFeed(
  feed: DueFeed,
  options: { now?: () => Date; limits?: Partial<PollLimits>; fetch?: FetchOptions } = {},
): Promise<PollOutcome> {
  const now = options.now ?? (() => new Date());
  const limits = { ...DEFAULT_POLL_LIMITS, ...options.limits };
  const db = await getDb();
  const fetchOptions = { allowPrivateNetwork: env.PARALLAX_FETCH_ALLOW_PRIVATE, ...options.fetch };
  const outcome: PollOutcome = {
    feedId: feed.id,
    url: feed.url,
    result: "ok",
    items: 0,
    created: 0,
    updated: 0,
    duplicates: 0,
    failed: 0,
  };

  let parsed;
  let page;
  try {
    page = await fetchPage(feed.url, {
      ...fetchOptions,
      accept: "feed",
      etag: feed.etag,
      lastModified: feed.lastModified,
    });
    if (page.notModified) {
      const at = now();
      await recordFeedPoll(db, feed.id, {
        kind: "not-modified",
        at,
        nextFetchAt: schedule(feed, at, "not-modified"),
      });
      return { ...outcome, result: "not-modified" };
    }
    parsed = parseFeed(page.text, { baseUrl: page.finalUrl, now: now() });
  } catch (error) {
    const message = toAppError(error).message.split("\n")[0] ?? "failed";
    const at = now();
    await recordFeedPoll(db, feed.id, {
      kind: "error",
      at,
      message,
      nextFetchAt: schedule(feed, at, "error"),
    });
    return { ...outcome, result: "error", error: message };
  }

  outcome.items = parsed.items.length;
  const known = await findKnownFeedItems(
    db,
    feed.id,
    parsed.items.map((item) => item.url),
  );
  const toIngest = parsed.items
    .filter((item) => {
      const seen = known.get(item.url);
      return !seen || (seen.status === "failed" && seen.attempts < limits.maxItemAttempts);
    })
    .slice(0, limits.maxNewItems);

  const lengths = recentLengths(feed.recentExtractLengths);
  for (const item of toIngest) {
    const itemOutcome = await ingestItem(db, feed, item, fetchOptions, now);
    if (itemOutcome.status === "failed") outcome.failed += 1;
    else if (itemOutcome.status === "ingested") outcome.created += 1;
    else if (itemOutcome.status === "updated") outcome.updated += 1;
    else outcome.duplicates += 1;
    if (itemOutcome.extractedChars !== null) lengths.push(itemOutcome.extractedChars);
    // A page with no readable article is the extreme of a short extract: it feeds the same warning.
    else if (itemOutcome.noArticle) lengths.push(0);
  }

  const at = now();
  await recordFeedPoll(db, feed.id, {
    kind: "ok",
    at,
    nextFetchAt: schedule(feed, at, "ok"),
    etag: page.etag,
    lastModified: page.lastModified,
    title: parsed.title,
    siteUrl: parsed.siteUrl,
    format: parsed.format,
    itemCount: parsed.items.length,
    newItems: outcome.created + outcome.updated + outcome.duplicates,
    recentExtractLengths: lengths.slice(-limits.recentLengths),
  });
  return outcome;
}

async function ingestItem(
  db: Db,
  feed: DueFeed,
  item: FeedItem,
  fetchOptions: FetchOptions,
  now: () => Date,
) {
  const base = {
    url: item.url,
    guid: item.guid,
    title: item.title,
    publishedAt: item.publishedAt ? new Date(item.publishedAt) : null,
  };
  try {
    const result = await ingestUrl(
      item.url,
      { outlet: feed.outletName, fallbackPublishedAt: item.publishedAt },
      fetchOptions,
    );
    const status = result.status === "created" ? "ingested" : result.status;
    const record = {
      ...base,
      status,
      error: null,
      articleId: result.articleId,
      extractedChars: result.textChars,
      at: now(),
    } as const;
    await recordFeedItem(db, feed.id, record);
    return { ...record, noArticle: false };
  } catch (error) {
    const appError = toAppError(error);
    const record = {
      ...base,
      status: "failed",
      error: appError.message.split("\n")[0] ?? "failed",
      articleId: null,
      extractedChars: null,
      at: now(),
    } as const;
    await recordFeedItem(db, feed.id, record);
    return { ...record, noArticle: appError.code === "UNPROCESSABLE" };
  }
}

function schedule(feed: DueFeed, at: Date, result: "ok" | "not-modified" | "error"): Date {
  return nextPoll({
    now: at,
    intervalMinutes: feed.intervalMinutes,
    consecutiveFailures: result === "error" ? feed.consecutiveFailures + 1 : 0,
    lastResult: result,
    retryAfterSeconds: null,
    jitterKey: feed.id,
  }).nextPollAt;
}

function recentLengths(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((n): n is number => typeof n === "number") : [];
}
