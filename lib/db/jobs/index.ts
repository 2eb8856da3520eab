import "server-only";

export type { DeadJobRow, JobCounts, JobRow } from "./job-row";
export { enqueueJob, type EnqueueJobInput } from "./enqueue-job";
export { claimJob } from "./claim-job";
export { completeJob, failJob } from "./finish-job";
export { countJobs, listDeadJobs } from "./list-jobs";
export { retryDeadJob } from "./retry-job";
