import "server-only";
import type { Db } from "../client";

/** A job done: removed, if this worker still holds it (a worker whose lease ran out no longer does). */
export async function completeJob(db: Db, id: string, workerId: string): Promise<void> {
  await db.job.deleteMany({ where: { id, status: "running", lockedBy: workerId } });
}

/** A failed attempt: queued again at `retryAt`, or dead when there is none (attempts used up). */
export async function failJob(
  db: Db,
  id: string,
  workerId: string,
  outcome: { error: string; retryAt: Date | null },
): Promise<void> {
  await db.job.updateMany({
    where: { id, status: "running", lockedBy: workerId },
    data: {
      lastError: outcome.error,
      lockedAt: null,
      lockedBy: null,
      ...(outcome.retryAt
        ? { status: "queued", runAt: outcome.retryAt }
        : { status: "dead", dedupeKey: null }),
    },
  });
}
