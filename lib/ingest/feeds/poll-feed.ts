import "server-only";
import { findKnownFeedItems, getDb, markFeedItemsPending, recordFeedPoll, type DueFeed } from "@/lib/db";
import { env } from "@/lib/env";
import { toAppError } from "@/lib/errors";
import { nextPoll, parseFeed } from "@/lib/feeds";
import { fetchPage, inPlainWords, type FetchOptions } from "@/lib/fetch";
import { cleanLabel } from "@/lib/text";
import { ingestFeedItem, type FeedItemTask } from "./ingest-feed-item";
import { DEFAULT_POLL_LIMITS, type PollLimits } from "./limits";

export { DEFAULT_POLL_LIMITS, type PollLimits };

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
  /** Items handed to `dispatch` (queued as jobs) rather than ingested by this poll. */
  queued: number;
}

/**
 * One poll of one feed: a conditional GET, parse, then each item not seen before (failed ones are retried a few
 * times) is recorded as pending and ingested: by `dispatch` (the worker queues one ingest-url job per item, so a
 * big feed's items spread across workers) or else here, one after another (the CLI, which reports at once).
 * Every outcome, good or bad, is recorded on the feed and its items; a failing item never stops the others, and
 * a failing feed only pushes back its own next poll.
 */
export async function pollFeed(
  feed: DueFeed,
  options: {
    now?: () => Date;
    limits?: Partial<PollLimits>;
    fetch?: FetchOptions;
    dispatch?: (tasks: FeedItemTask[]) => Promise<void>;
  } = {},
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
    queued: 0,
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
    // Stored and shown on the feed's health card: what happened and what to do next, in plain words.
    const message = toAppError(inPlainWords(error, "feed")).message.split("\n")[0] ?? "failed";
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
  const staleBefore = now().getTime() - limits.stalePendingMs;
  const toIngest = parsed.items
    .filter((item) => {
      const seen = known.get(item.url);
      if (!seen) return true;
      if (seen.status === "failed") return seen.attempts < limits.maxItemAttempts;
      // Pending: its job is queued or running, unless it was lost long ago.
      return seen.status === "pending" && seen.lastAttemptAt.getTime() < staleBefore;
    })
    .slice(0, limits.maxNewItems);
  await markFeedItemsPending(
    db,
    feed.id,
    toIngest.map((item) => ({
      url: item.url,
      guid: item.guid,
      title: item.title ? cleanLabel(item.title) : null,
      publishedAt: item.publishedAt ? new Date(item.publishedAt) : null,
    })),
    now(),
  );
  const tasks = toIngest.map((item) => ({
    feedId: feed.id,
    url: item.url,
    outlet: feed.outletName,
    publishedAt: item.publishedAt,
  }));
  if (options.dispatch) {
    await options.dispatch(tasks);
    outcome.queued = tasks.length;
  } else {
    for (const task of tasks) {
      const { status } = await ingestFeedItem(task, {
        now,
        fetch: fetchOptions,
        keepLengths: limits.recentLengths,
      });
      if (status === "failed") outcome.failed += 1;
      else if (status === "ingested") outcome.created += 1;
      else if (status === "updated") outcome.updated += 1;
      else outcome.duplicates += 1;
    }
  }

  const at = now();
  await recordFeedPoll(db, feed.id, {
    kind: "ok",
    at,
    nextFetchAt: schedule(feed, at, "ok"),
    etag: page.etag,
    lastModified: page.lastModified,
    title: parsed.title ? cleanLabel(parsed.title) : null,
    siteUrl: parsed.siteUrl,
    format: parsed.format,
    itemCount: parsed.items.length,
  });
  return outcome;
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
