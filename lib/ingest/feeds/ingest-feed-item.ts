import "server-only";
import { getDb, recordFeedItem, type FeedItemOutcome } from "@/lib/db";
import { env } from "@/lib/env";
import { toAppError } from "@/lib/errors";
import type { FetchOptions } from "@/lib/fetch";
import { ingestUrl } from "../ingest-url";
import { DEFAULT_POLL_LIMITS } from "./limits";

/** One item a feed poll found: what its ingest needs and what its outcome is recorded against. */
export interface FeedItemTask {
  feedId: string;
  /** The item's URL as the feed gave it (its FeedItem row's key). */
  url: string;
  outlet: string | null;
  /** ISO 8601, from the feed: used when the page itself states no date. */
  publishedAt: string | null;
}

export interface FeedItemResult {
  status: "ingested" | "updated" | "duplicate" | "failed";
  /** The failure, for a caller that retries (the job queue) to rethrow. */
  error?: unknown;
}

/**
 * Fetches and ingests one feed item and records the outcome on it and on its feed (items found, extracted
 * lengths for the "suspiciously short" warning). Used both by a poll that ingests its items itself and by the
 * ingest-url job a queued poll sends per item. Never throws for the page's own failure: it is recorded and
 * returned, so a queued job can rethrow it to be retried.
 */
export async function ingestFeedItem(
  task: FeedItemTask,
  options: { now?: () => Date; fetch?: FetchOptions; keepLengths?: number } = {},
): Promise<FeedItemResult> {
  const now = options.now ?? (() => new Date());
  const keepLengths = options.keepLengths ?? DEFAULT_POLL_LIMITS.recentLengths;
  let outcome: FeedItemOutcome;
  let length: number | null;
  let failure: unknown;
  try {
    const result = await ingestUrl(
      task.url,
      { outlet: task.outlet, fallbackPublishedAt: task.publishedAt },
      { allowPrivateNetwork: env.PARALLAX_FETCH_ALLOW_PRIVATE, ...options.fetch },
    );
    const status = result.status === "created" ? "ingested" : result.status;
    outcome = {
      url: task.url,
      status,
      error: null,
      articleId: result.articleId,
      extractedChars: result.textChars,
      at: now(),
    };
    length = result.textChars;
  } catch (error) {
    const appError = toAppError(error);
    failure = error;
    outcome = {
      url: task.url,
      status: "failed",
      error: appError.message.split("\n")[0] ?? "failed",
      articleId: null,
      extractedChars: null,
      at: now(),
    };
    // A page with no readable article is the extreme of a short extract: it feeds the same warning.
    length = appError.code === "UNPROCESSABLE" ? 0 : null;
  }
  await recordFeedItem(await getDb(), task.feedId, outcome, { length, keepLengths });
  return outcome.status === "failed" ? { status: "failed", error: failure } : { status: outcome.status };
}
