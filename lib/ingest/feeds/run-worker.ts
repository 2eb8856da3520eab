import "server-only";
import { claimDueFeeds, getDb } from "@/lib/db";
import { log } from "@/lib/log";
import { pollFeed, type PollOutcome } from "./poll-feed";

export interface WorkerOptions {
  /** Stops the loop after the current feed. */
  signal?: AbortSignal;
  /** Feeds claimed per round. */
  batch?: number;
  /** How long a claimed feed is held before another worker may take it (a crashed worker's feeds come back). */
  leaseMs?: number;
  /** Pause between rounds when nothing was due. */
  idleMs?: number;
  onPoll?: (outcome: PollOutcome) => void;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

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

/**
 * The feed worker: polls due feeds until the signal aborts. A failure of the round itself (the database
 * away, say) is logged and retried after the idle pause rather than ending the worker.
 */
export async function runFeedWorker(options: WorkerOptions = {}): Promise<void> {
  const idleMs = options.idleMs ?? 30_000;
  while (!options.signal?.aborted) {
    let polled = 0;
    try {
      polled = (await pollDueFeeds(options)).length;
    } catch (error) {
      log("worker").error({ err: error }, "feed worker round failed");
    }
    if (polled === 0) await sleep(idleMs, options.signal);
  }
}
