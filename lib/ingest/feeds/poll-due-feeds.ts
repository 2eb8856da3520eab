import "server-only";
import { claimDueFeeds, getDb } from "@/lib/db";
import { log } from "@/lib/log";
import { pollFeed, type PollOutcome } from "./poll-feed";

/** One round: polls every feed that is due now (or the given ones) and returns what happened. */
export async function pollDueFeeds(
  options: { batch?: number; leaseMs?: number; onlyIds?: string[]; onPoll?: (o: PollOutcome) => void } = {},
): Promise<PollOutcome[]> {
  const db = await getDb();
  const claimed = await claimDueFeeds(db, {
    now: new Date(),
    limit: options.batch ?? 10,
    leaseMs: options.leaseMs ?? 10 * 60_000,
    onlyIds: options.onlyIds,
  });
  const outcomes: PollOutcome[] = [];
  for (const feed of claimed) {
    const outcome = await pollFeed(feed);
    log("feeds")[outcome.result === "error" ? "warn" : "info"](outcome, "feed polled");
    outcomes.push(outcome);
    options.onPoll?.(outcome);
  }
  return outcomes;
}
