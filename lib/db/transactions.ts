import "server-only";
import type { Db } from "./client";
import { lockStoryAssignment } from "./ingest/lock-story-assignment";

/** How long a long write (an ingest, a bulk batch, the demo's removal) may wait for a connection and run. */
export const LONG_TRANSACTION = { maxWait: 15_000, timeout: 120_000 } as const;

export interface TransactionOptions {
  /**
   * Where to run: the process's client, or an open transaction to nest in (a savepoint, so a failure undoes
   * only the nested part, as a bulk import's batch does for one article).
   */
  db: Db;
  /** Milliseconds to wait for a connection (Prisma's default when not given). */
  maxWait?: number;
  /** Milliseconds the transaction may run (Prisma's default when not given). */
  timeout?: number;
}

/**
 * Runs `work` in one transaction: everything it writes is stored, or (when it throws) nothing. Callers outside
 * lib/db never open transactions themselves or see Prisma's transaction client.
 */
export function inTransaction<T>(options: TransactionOptions, work: (tx: Db) => Promise<T>): Promise<T> {
  const { db, maxWait, timeout } = options;
  const limits = {
    ...(maxWait !== undefined ? { maxWait } : {}),
    ...(timeout !== undefined ? { timeout } : {}),
  };
  // Prisma types a transaction's client without $transaction and the like; its models are the client's, so
  // the rest of lib/db takes it as a Db (and nesting in it opens a savepoint).
  const run = (tx: unknown) => work(tx as Db);
  return Object.keys(limits).length > 0 ? db.$transaction(run, limits) : db.$transaction(run);
}

/**
 * `inTransaction` that first takes the story-assignment lock (see lockStoryAssignment): ingest, story edits,
 * recluster and the demo's removal run one at a time, each seeing what the previous one committed.
 */
export function withStoryAssignmentLock<T>(
  options: TransactionOptions,
  work: (tx: Db) => Promise<T>,
): Promise<T> {
  return inTransaction(options, async (tx) => {
    await lockStoryAssignment(tx);
    return work(tx);
  });
}
