import "server-only";
import { getDbConfig } from "@/lib/db";
import { pgBossQueue } from "./pg-boss-queue";
import { jobSettings, type JobSettings } from "./settings";
import { sqliteQueue } from "./sqlite-queue";
import type { JobQueue } from "./types";

let shared: Promise<JobQueue> | undefined;

/** A queue on the configured database: pg-boss on PostgreSQL, the Job table on SQLite. */
export async function openQueue(overrides: Partial<JobSettings> = {}): Promise<JobQueue> {
  const settings = jobSettings(overrides);
  const config = getDbConfig();
  return config.provider === "postgres" ? pgBossQueue(config.url, settings) : sqliteQueue(settings);
}

/** The process's one queue, opened on first use with the settings from the environment. */
export function getQueue(): Promise<JobQueue> {
  shared ??= openQueue().catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}

/** Closes the process's queue (pg-boss's connections), for a clean exit and between tests. */
export async function closeQueue(): Promise<void> {
  const queue = shared;
  shared = undefined;
  if (queue) await (await queue).close();
}
