import "server-only";
import { normalizeArticleUrl } from "@/lib/ingest";
import { getQueue } from "./open-queue";

export interface EnqueueSummary {
  queued: number;
  /** Already queued (the same normalised URL waits once). */
  alreadyQueued: number;
}

/** Queues pages for the workers to ingest; each URL is normalised so the same page is queued once. */
export async function enqueueUrls(
  urls: string[],
  options: { outlet?: string | null } = {},
): Promise<EnqueueSummary> {
  const queue = await getQueue();
  const summary: EnqueueSummary = { queued: 0, alreadyQueued: 0 };
  for (const raw of urls) {
    const url = normalizeArticleUrl(raw);
    const id = await queue.send("ingest-url", { url, outlet: options.outlet ?? null }, { key: url });
    if (id) summary.queued += 1;
    else summary.alreadyQueued += 1;
  }
  return summary;
}
