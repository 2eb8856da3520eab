import "server-only";
import { claimDueFeeds, getDb } from "@/lib/db";
import type { JobQueue } from "./types";

/**
 * Queues a poll-feed job for each feed that is due. The claim pushes the feed's next poll past the job timeout,
 * so schedulers in other processes skip it, and the feed's id as key keeps one poll of it queued at a time.
 */
export async function scheduleDueFeeds(
  queue: JobQueue,
  options: { leaseMs: number; batch?: number },
): Promise<number> {
  const claimed = await claimDueFeeds(await getDb(), {
    now: new Date(),
    limit: options.batch ?? 50,
    leaseMs: options.leaseMs,
  });
  for (const feed of claimed) await queue.send("poll-feed", { feed }, { key: feed.id });
  return claimed.length;
}
