import "server-only";
import { randomUUID } from "node:crypto";
import { toAppError, type ErrorCode } from "@/lib/errors";
import { log } from "@/lib/log";
import type { JobContext, JobHandlers } from "./handlers";
import { JOB_KINDS, type ClaimedJob, type JobKind, type JobQueue } from "./types";

export interface RunWorkersOptions {
  queue: JobQueue;
  handlers: JobHandlers;
  /** Jobs this process runs at once. */
  concurrency: number;
  /** Pause before looking again when no job was due. */
  pollMs: number;
  kinds?: readonly JobKind[];
  signal?: AbortSignal;
  onJob?: (job: ClaimedJob, outcome: { ok: boolean; error?: string; ms: number }) => void;
}

/** Waits `ms`, or less when the signal aborts; leaves no listener behind either way. */
export const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });

/**
 * Failures a retry cannot mend (a page that is gone, refused, too large, or has no article text): the job becomes
 * a dead letter at once. Anything else (a site or the database away, a write that lost a race) is retried.
 */
const PERMANENT = new Set<ErrorCode>([
  "INVALID_INPUT",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "TOO_LARGE",
  "UNSUPPORTED",
  "UNPROCESSABLE",
]);

/**
 * Runs jobs until the signal aborts: `concurrency` loops, each taking the next due job, running its handler and
 * completing or failing it. A loop goes straight on to the next job while there is work and waits `pollMs`
 * only when the queue is empty. A failure of the queue itself (the database away) is logged and retried.
 */
export async function runWorkers(options: RunWorkersOptions): Promise<void> {
  const kinds = options.kinds ?? JOB_KINDS;
  const loop = async (slot: number) => {
    const workerId = `${process.pid}:${slot}:${randomUUID().slice(0, 8)}`;
    while (!options.signal?.aborted) {
      let job: ClaimedJob | null = null;
      try {
        job = await options.queue.fetch(kinds, workerId);
      } catch (error) {
        log("jobs").error({ err: error }, "fetching a job failed");
      }
      if (!job) {
        await sleep(options.pollMs, options.signal);
        continue;
      }
      await runOne(options, job, workerId);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, (_, slot) => loop(slot)));
}

async function runOne(options: RunWorkersOptions, job: ClaimedJob, workerId: string): Promise<void> {
  const started = performance.now();
  const handler = options.handlers[job.kind] as (payload: unknown, context: JobContext) => Promise<unknown>;
  try {
    await handler(job.payload, { queue: options.queue, attempt: job.attempt, maxAttempts: job.maxAttempts });
    await options.queue.complete(job, workerId);
    options.onJob?.(job, { ok: true, ms: performance.now() - started });
  } catch (error) {
    const appError = toAppError(error);
    const message = oneLine(appError.message);
    const final = PERMANENT.has(appError.code);
    log("jobs").warn({ err: error, job: job.id, kind: job.kind, attempt: job.attempt }, "job failed");
    await options.queue
      .fail(job, workerId, message, { final })
      .catch((failError: unknown) => log("jobs").error({ err: failError }, "recording a job failure failed"));
    options.onJob?.(job, { ok: false, error: message, ms: performance.now() - started });
  }
}

/** One line for the dead-letter list: a database error's message ends with its cause, others start with it. */
function oneLine(message: string): string {
  const lines = message
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const line = lines[0]?.startsWith("Invalid `") ? lines.at(-1) : lines[0];
  return (line ?? "failed").slice(0, 500);
}
