import "server-only";
import type { Db } from "../client";
import type { JobRow } from "./job-row";

const TIMED_OUT = "timed out: the worker holding the job stopped or took longer than the job timeout";

/**
 * Takes the oldest due job of the given kinds: a queued job whose time has come, or a running one whose worker
 * has held it past the lease (it crashed or was killed, so the job is tried again). The compare-and-set on
 * status and attempts makes the claim exclusive across processes without locks. A job that times out on its
 * last attempt becomes dead instead.
 */
export async function claimJob(
  db: Db,
  options: { kinds: string[]; now: Date; leaseMs: number; workerId: string },
): Promise<JobRow | null> {
  const staleBefore = new Date(options.now.getTime() - options.leaseMs);
  for (;;) {
    const candidates = await db.job.findMany({
      where: {
        kind: { in: options.kinds },
        OR: [
          { status: "queued", runAt: { lte: options.now } },
          { status: "running", lockedAt: { lt: staleBefore } },
        ],
      },
      orderBy: [{ runAt: "asc" }, { id: "asc" }],
      take: 5,
      select: { id: true, kind: true, payload: true, status: true, attempts: true, maxAttempts: true },
    });
    if (candidates.length === 0) return null;
    for (const job of candidates) {
      const expired = job.status === "running" && job.attempts >= job.maxAttempts;
      const { count } = await db.job.updateMany({
        where: { id: job.id, status: job.status, attempts: job.attempts },
        data: expired
          ? { status: "dead", dedupeKey: null, lockedAt: null, lockedBy: null, lastError: TIMED_OUT }
          : {
              status: "running",
              attempts: job.attempts + 1,
              lockedAt: options.now,
              lockedBy: options.workerId,
              ...(job.status === "running" ? { lastError: TIMED_OUT } : {}),
            },
      });
      if (count === 1 && !expired) {
        return {
          id: job.id,
          kind: job.kind,
          payload: job.payload,
          attempts: job.attempts + 1,
          maxAttempts: job.maxAttempts,
        };
      }
    }
  }
}
