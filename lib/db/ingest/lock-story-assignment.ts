import "server-only";
import type { Db } from "../client";
import { sqlDialect } from "../dialect";

/** The advisory-lock key of the ingest critical section (any fixed 64-bit number; "parallax" in ASCII). */
const STORY_ASSIGNMENT_LOCK = 0x706172616c6c6178n;

/**
 * Takes the write lock of the "find the article, pick its story, store it" section for the rest of the
 * caller's transaction, so concurrent ingests (threads, worker processes, several app servers) run it one at
 * a time and each sees what the previous one committed: no two twin stories for one event, no two rows for
 * one URL. Call it first in the transaction, before any read the decision depends on.
 *
 * PostgreSQL: a transaction-scoped advisory lock (released at commit or rollback; re-entrant, so a bulk
 * import's batch may take it once per nested article). Under READ COMMITTED every statement after it sees
 * the rows the previous holder committed.
 * SQLite: a write that changes nothing, so the transaction holds the database's single write lock from its
 * first statement (like BEGIN IMMEDIATE). In one process the driver adapter already runs transactions one
 * by one; this makes another process (a worker, the CLI) wait on busy_timeout at the start of its section,
 * rather than failing with SQLITE_BUSY when it tries to write on a read snapshot that went stale.
 */
export async function lockStoryAssignment(tx: Db): Promise<void> {
  if (sqlDialect(tx) === "postgres") {
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${STORY_ASSIGNMENT_LOCK})`);
    return;
  }
  await tx.$executeRawUnsafe(`UPDATE "TermStat" SET "term" = "term" WHERE 0`);
}
