import "server-only";
import { getDb, recordAudit } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getQueue } from "./open-queue";

/** An editor queues a dead letter again; the audit log records who. */
export async function retryDeadLetter(id: string, actor: string): Promise<void> {
  if (!(await (await getQueue()).retryDead(id))) throw new AppError("NOT_FOUND", "No such failed job.");
  await recordAudit(await getDb(), { actor, action: "job.retry", targetType: "job", targetId: id });
}
