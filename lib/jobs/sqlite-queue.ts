import "server-only";
import {
  claimJob,
  completeJob,
  countJobs,
  enqueueJob,
  failJob,
  getDb,
  listDeadJobs,
  retryDeadJob,
} from "@/lib/db";
import { retryDelayMs, type JobSettings } from "./settings";
import type { ClaimedJob, JobKind, JobQueue } from "./types";

/**
 * The queue on SQLite: jobs are rows of the Job table (lib/db), so they and their dead letters survive a
 * restart and the app and a separate `npm run worker` process can share them.
 */
export function sqliteQueue(settings: JobSettings): JobQueue {
  const now = () => new Date();
  return {
    backend: "sqlite",
    async send(kind, payload, options = {}) {
      return enqueueJob(await getDb(), {
        kind,
        payload,
        key: options.key,
        maxAttempts: settings.attempts,
        runAt: now(),
      });
    },
    async fetch(kinds, workerId) {
      const row = await claimJob(await getDb(), {
        kinds: [...kinds],
        now: now(),
        leaseMs: settings.timeoutSeconds * 1000,
        workerId,
      });
      return row
        ? {
            id: row.id,
            kind: row.kind as JobKind,
            payload: row.payload,
            attempt: row.attempts,
            maxAttempts: row.maxAttempts,
          }
        : null;
    },
    async complete(job, workerId) {
      await completeJob(await getDb(), job.id, workerId);
    },
    async fail(job: ClaimedJob, workerId, error, options = {}) {
      const retryAt =
        !options.final && job.attempt < settings.attempts
          ? new Date(now().getTime() + retryDelayMs(settings, job.attempt))
          : null;
      await failJob(await getDb(), job.id, workerId, { error, retryAt });
    },
    async stats() {
      return countJobs(await getDb());
    },
    async deadLetters(limit) {
      const rows = await listDeadJobs(await getDb(), limit);
      return rows.map((row) => ({
        id: row.id,
        kind: row.kind as JobKind,
        payload: row.payload,
        attempts: row.attempts,
        error: row.lastError,
        failedAt: row.updatedAt,
      }));
    },
    async retryDead(id) {
      return retryDeadJob(await getDb(), id, now());
    },
    async close() {},
  };
}
