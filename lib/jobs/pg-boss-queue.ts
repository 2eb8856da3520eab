import "server-only";
import PgBoss from "pg-boss";
import { log } from "@/lib/log";
import type { JobSettings } from "./settings";
import { JOB_KINDS, type ClaimedJob, type DeadLetter, type JobKind, type JobQueue } from "./types";

/** pg-boss keeps its tables in this schema of the app's database, apart from Prisma's. */
export const PG_BOSS_SCHEMA = "parallax_jobs";

interface StateRow {
  state: string;
  count: string;
}
interface DeadRow {
  id: string;
  name: string;
  data: unknown;
  retry_count: number;
  output: { message?: unknown } | null;
  completed_on: Date;
}

/**
 * The queue on PostgreSQL: pg-boss (FOR UPDATE SKIP LOCKED), so any number of worker processes and app
 * instances share it. A job's attempts are pg-boss retries with exponential back-off; a job held past the
 * timeout (its worker was killed) is failed by pg-boss's maintenance and so retried; a job out of retries stays
 * in pg-boss's "failed" state, which is our dead-letter list.
 */
export async function pgBossQueue(connectionString: string, settings: JobSettings): Promise<JobQueue> {
  const boss = new PgBoss({
    connectionString,
    schema: PG_BOSS_SCHEMA,
    max: 4,
    application_name: "parallax-jobs",
    // Expired jobs are only taken back at maintenance, so run it often relative to the timeout.
    maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.round(settings.timeoutSeconds / 2))),
    archiveCompletedAfterSeconds: 60 * 60,
    archiveFailedAfterSeconds: 30 * 24 * 60 * 60,
  });
  boss.on("error", (error) => log("jobs").error({ err: error }, "pg-boss error"));
  await boss.start();
  const queueOptions = {
    // "short": one job per key while it waits, so the same URL or feed is not queued twice.
    policy: "short" as const,
    retryLimit: settings.attempts - 1,
    retryDelay: Math.round(settings.retryDelaySeconds),
    retryBackoff: true,
    expireInSeconds: settings.timeoutSeconds,
  };
  for (const kind of JOB_KINDS) {
    if (await boss.getQueue(kind)) await boss.updateQueue(kind, { name: kind, ...queueOptions });
    else
      await boss.createQueue(kind, { name: kind, ...queueOptions }).catch(async (error: unknown) => {
        // Another process created it at the same moment.
        if (!(await boss.getQueue(kind))) throw error;
      });
  }
  const sql = async <T>(text: string, values: unknown[]): Promise<T[]> =>
    (await boss.getDb().executeSql(text, values)).rows as T[];

  return {
    backend: "pg-boss",
    async send(kind, payload, options = {}) {
      return boss.send(kind, payload, options.key === undefined ? {} : { singletonKey: options.key });
    },
    async fetch(kinds, _workerId) {
      for (const kind of kinds) {
        const [job] = await boss.fetch<unknown>(kind, { batchSize: 1, includeMetadata: true });
        if (job)
          return {
            id: job.id,
            kind,
            payload: job.data,
            attempt: job.retryCount + 1,
            maxAttempts: job.retryLimit + 1,
          };
      }
      return null;
    },
    async complete(job, _workerId) {
      await boss.complete(job.kind, job.id);
    },
    async fail(job: ClaimedJob, _workerId, error, options = {}) {
      // pg-boss has no "fail without retry": spending the job's retries first makes this failure its last.
      if (options.final)
        await sql(
          `UPDATE ${PG_BOSS_SCHEMA}.job SET retry_limit = retry_count WHERE name = $1 AND id = $2::uuid AND state = 'active'`,
          [job.kind, job.id],
        );
      await boss.fail(job.kind, job.id, { message: error });
    },
    async stats() {
      const rows = await sql<StateRow>(
        `SELECT state, count(*) AS count FROM ${PG_BOSS_SCHEMA}.job WHERE name = ANY($1) GROUP BY state`,
        [[...JOB_KINDS]],
      );
      const count = (...states: string[]) =>
        rows.filter((r) => states.includes(r.state)).reduce((sum, r) => sum + Number(r.count), 0);
      return { queued: count("created", "retry"), running: count("active"), dead: count("failed") };
    },
    async deadLetters(limit): Promise<DeadLetter[]> {
      const rows = await sql<DeadRow>(
        `SELECT id, name, data, retry_count, output, completed_on FROM ${PG_BOSS_SCHEMA}.job
         WHERE name = ANY($1) AND state = 'failed' ORDER BY completed_on DESC, id LIMIT $2`,
        [[...JOB_KINDS], limit],
      );
      return rows.map((row) => ({
        id: row.id,
        kind: row.name as JobKind,
        payload: row.data,
        attempts: row.retry_count + 1,
        error: typeof row.output?.message === "string" ? row.output.message : null,
        failedAt: row.completed_on,
      }));
    },
    async retryDead(id) {
      const [row] = await sql<{ name: string }>(
        `SELECT name FROM ${PG_BOSS_SCHEMA}.job WHERE id = $1::uuid AND state = 'failed' AND name = ANY($2)`,
        [id, [...JOB_KINDS]],
      ).catch(() => []);
      if (!row) return false;
      await boss.retry(row.name, id);
      return true;
    },
    async close() {
      await boss.stop({ graceful: false, wait: true });
    },
  };
}
