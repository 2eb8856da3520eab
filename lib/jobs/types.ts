import type { DueFeed } from "@/lib/db";
import type { FeedItemTask } from "@/lib/ingest";

/** The kinds of background work and what each job carries. */
export interface JobPayloads {
  /** Poll one due feed, as the scheduler claimed it (the claim's lease keeps other schedulers off it). */
  "poll-feed": { feed: DueFeed };
  /**
   * Fetch, extract, analyse, store and cluster one page; for a feed's item, its outcome is recorded on the item
   * and the feed (health, items found).
   */
  "ingest-url": { url: string; outlet?: string | null; feedItem?: FeedItemTask };
  /** POST one webhook delivery (lib/webhooks); `url` is the receiver's, for the failed-jobs page. */
  "deliver-webhook": { deliveryId: string; url: string };
}

export type JobKind = keyof JobPayloads;

export const JOB_KINDS: readonly JobKind[] = ["poll-feed", "ingest-url", "deliver-webhook"];

/** A job a worker holds: run it, then complete or fail it. */
export interface ClaimedJob {
  id: string;
  kind: JobKind;
  payload: unknown;
  /** This attempt, counting from 1. */
  attempt: number;
  /** Attempts the job gets before it becomes a dead letter. */
  maxAttempts: number;
}

export interface DeadLetter {
  id: string;
  kind: JobKind;
  payload: unknown;
  attempts: number;
  error: string | null;
  failedAt: Date;
}

export interface JobStats {
  /** Waiting to run, including failed attempts waiting for their retry. */
  queued: number;
  running: number;
  dead: number;
}

/**
 * A durable job queue: pg-boss on PostgreSQL, a table of its own on SQLite. Delivery is at least once: a job
 * whose worker dies is run again after the job timeout, so every job's work must be safe to repeat.
 */
export interface JobQueue {
  readonly backend: "pg-boss" | "sqlite";
  /** Queues a job; with a key, the same work is queued once while it waits or runs (null when it already is). */
  send<K extends JobKind>(
    kind: K,
    payload: JobPayloads[K],
    options?: { key?: string },
  ): Promise<string | null>;
  /** The next due job of these kinds, held for this worker until it completes, fails or times out. */
  fetch(kinds: readonly JobKind[], workerId: string): Promise<ClaimedJob | null>;
  complete(job: ClaimedJob, workerId: string): Promise<void>;
  /**
   * A failed attempt: retried with exponential back-off, or a dead letter once the attempts are used up (or at
   * once with `final`, for a failure a retry cannot mend).
   */
  fail(job: ClaimedJob, workerId: string, error: string, options?: { final?: boolean }): Promise<void>;
  stats(): Promise<JobStats>;
  deadLetters(limit: number): Promise<DeadLetter[]>;
  /** Queues a dead letter again with fresh attempts; false when there is no such dead letter. */
  retryDead(id: string): Promise<boolean>;
  close(): Promise<void>;
}
