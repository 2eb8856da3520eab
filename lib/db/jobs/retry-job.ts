import "server-only";
import type { Db } from "../client";

/** Puts a dead job back in the queue with fresh attempts; false when there is no such dead job. */
export async function retryDeadJob(db: Db, id: string, now: Date): Promise<boolean> {
  const { count } = await db.job.updateMany({
    where: { id, status: "dead" },
    data: { status: "queued", attempts: 0, runAt: now },
  });
  return count === 1;
}
