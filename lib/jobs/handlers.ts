import "server-only";
import { ingestFeedItem, ingestUrl, normalizeArticleUrl, pollFeed } from "@/lib/ingest";
import { log } from "@/lib/log";
import { deliverWebhook } from "@/lib/webhooks";
import type { JobKind, JobPayloads, JobQueue } from "./types";

/**
 * What a handler may use besides its payload: the queue its job came from (to queue follow-up work), and which
 * attempt this is (a webhook delivery records its last one as failed).
 */
export interface JobContext {
  queue: JobQueue;
  attempt: number;
  maxAttempts: number;
}

export type JobHandler<K extends JobKind> = (
  payload: JobPayloads[K],
  context: JobContext,
) => Promise<unknown>;
export type JobHandlers = { [K in JobKind]: JobHandler<K> };

/**
 * What each kind of job does. Both are safe to repeat (delivery is at least once): ingesting a known URL again
 * stores no twin, and a feed poll skips items already seen or pending.
 */
export const defaultHandlers: JobHandlers = {
  "poll-feed": async ({ feed }, { queue }) => {
    // The poll records its new items as pending and queues one ingest-url job each, so a big feed's items
    // spread across workers; each job records its item's outcome on the feed when it finishes.
    const outcome = await pollFeed(feed, {
      dispatch: async (tasks) => {
        for (const task of tasks) {
          const url = normalizeArticleUrl(task.url);
          // Keyed by feed and page: the same page in two feeds gets its outcome recorded on each.
          await queue.send(
            "ingest-url",
            { url, outlet: task.outlet, feedItem: task },
            { key: `${task.feedId} ${url}` },
          );
        }
      },
    });
    log("feeds")[outcome.result === "error" ? "warn" : "info"](outcome, "feed polled");
    return outcome;
  },
  "ingest-url": async ({ url, outlet, feedItem }) => {
    if (feedItem) {
      const result = await ingestFeedItem(feedItem);
      // Recorded on the item; failing the job as well retries it with back-off, then makes it a dead letter.
      if (result.status === "failed") throw result.error;
      return { status: result.status };
    }
    const result = await ingestUrl(url, outlet ? { outlet } : {});
    return { status: result.status, articleId: result.articleId };
  },
  // A delivery already made is not sent again; a failed attempt throws, so the queue retries it with back-off.
  "deliver-webhook": async ({ deliveryId }, { attempt, maxAttempts }) =>
    deliverWebhook(deliveryId, { lastAttempt: attempt >= maxAttempts }),
};
