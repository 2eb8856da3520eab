import "server-only";

/** A job of the SQLite in-process queue as a worker sees it. */
export interface JobRow {
  id: string;
  kind: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
}

/** A job that failed maxAttempts times, kept for an editor to read and retry. */
export interface DeadJobRow {
  id: string;
  kind: string;
  payload: unknown;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export type JobCounts = Record<"queued" | "running" | "dead", number>;
