import "server-only";
import type { Db } from "../client";
import type { DeadJobRow, JobCounts } from "./job-row";

/** How many jobs are queued, running and dead. */
export async function countJobs(db: Db): Promise<JobCounts> {
  const groups = await db.job.groupBy({ by: ["status"], _count: { _all: true } });
  const counts: JobCounts = { queued: 0, running: 0, dead: 0 };
  for (const group of groups)
    if (group.status in counts) counts[group.status as keyof JobCounts] = group._count._all;
  return counts;
}

/** The dead letters, most recent first. */
export async function listDeadJobs(db: Db, limit: number): Promise<DeadJobRow[]> {
  return db.job.findMany({
    where: { status: "dead" },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      kind: true,
      payload: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      updatedAt: true,
    },
  });
}
