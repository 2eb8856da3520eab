import "server-only";
import { ingestUrl, pollFeed } from "@/lib/ingest";
import { log } from "@/lib/log";
import type { JobKind, JobPayloads } from "./types";

export type JobHandler<K extends JobKind> = (payload: JobPayloads[K]) => Promise<unknown>;
export type JobHandlers = { [K in JobKind]: JobHandler<K> };

/**
 * What each kind of job does. Both are safe to repeat (delivery is at least once): ingesting a known URL again
 * stores no twin, and a feed poll skips items already seen.
 */
export const defaultHandlers: JobHandlers = {
  "poll-feed": async ({ feed }) => {
    const outcome = await pollFeed(feed);
    log("feeds")[outcome.result === "error" ? "warn" : "info"](outcome, "feed polled");
    return outcome;
  },
  "ingest-url": async ({ url, outlet }) => {
    const result = await ingestUrl(url, outlet ? { outlet } : {});
    return { status: result.status, articleId: result.articleId };
  },
};
