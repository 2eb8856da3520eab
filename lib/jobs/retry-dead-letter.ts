import "server-only";
import { getDb, recordAudit } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getQueue } from "./open-queue";

/** What a job was about: the page's or the feed's address. */
export function jobSubject(payload: unknown): string {
  if (payload && typeof payload === "object") {
    if ("url" in payload && typeof payload.url === "string") return payload.url;
    if ("feed" in payload && payload.feed && typeof payload.feed === "object" && "url" in payload.feed)
      return String(payload.feed.url);
  }
  return "";
}

/** An editor queues a dead letter again; the audit log records who, and what the job was about. */
export async function retryDeadLetter(id: string, actor: string): Promise<void> {
  const queue = await getQueue();
  const letter = (await queue.deadLetters(1000)).find((job) => job.id === id);
  if (!(await queue.retryDead(id))) throw new AppError("NOT_FOUND", "No such failed job.");
  await recordAudit(await getDb(), {
    actor,
    action: "job.retry",
    targetType: "job",
    targetId: id,
    details: letter ? { kind: letter.kind, subject: jobSubject(letter.payload) } : {},
  });
}
