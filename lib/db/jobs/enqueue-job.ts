import "server-only";
import type { Db } from "../client";

export interface EnqueueJobInput {
  kind: string;
  payload: unknown;
  /** Work with the same kind and key is queued once while it is queued or running. */
  key?: string;
  maxAttempts: number;
  runAt: Date;
}

/** Queues a job; returns its id, or null when the same keyed work is already queued or running. */
export async function enqueueJob(db: Db, input: EnqueueJobInput): Promise<string | null> {
  const dedupeKey = input.key === undefined ? null : `${input.kind}:${input.key}`;
  try {
    const job = await db.job.create({
      data: {
        kind: input.kind,
        payload: input.payload as object,
        dedupeKey,
        maxAttempts: input.maxAttempts,
        runAt: input.runAt,
      },
      select: { id: true },
    });
    return job.id;
  } catch (error) {
    if (dedupeKey !== null && (error as { code?: string }).code === "P2002") return null;
    throw error;
  }
}
