/** Background work on a durable queue: pg-boss on PostgreSQL, a table of its own on SQLite. Server only. */
import "server-only";

export type { ClaimedJob, DeadLetter, JobKind, JobPayloads, JobQueue, JobStats } from "./types";
export { JOB_KINDS } from "./types";
export { jobSettings, retryDelayMs, type JobSettings } from "./settings";
export { openQueue, getQueue, closeQueue } from "./open-queue";
export { defaultHandlers, type JobContext, type JobHandler, type JobHandlers } from "./handlers";
export { runWorkers, type RunWorkersOptions } from "./run-workers";
export { scheduleDueFeeds } from "./schedule-feeds";
export { queueWebhookDeliveries } from "./queue-webhooks";
export { runJobWorker, type WorkerProcessOptions } from "./start-worker";
export { enqueueUrls, type EnqueueSummary } from "./enqueue-urls";
export { jobSubject, retryDeadLetter } from "./retry-dead-letter";
