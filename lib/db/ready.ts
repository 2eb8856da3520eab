import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { AppError } from "@/lib/errors";
import { getDbClient, getDbConfig, type Db } from "./client";
import type { DatabaseConfig } from "./config";
import { applyPendingMigrations, readMigrationList } from "./migrations";

const globalForReady = globalThis as unknown as { parallaxDbReady?: Promise<Db> };

/**
 * Names of committed migrations the database has not recorded as applied. Read with a plain query, so the
 * common case (nothing to do) neither loads the schema engine nor competes for the database with a running
 * app: the engine needs exclusive use of a SQLite file that another process has open.
 */
async function unappliedMigrations(db: Db, config: DatabaseConfig): Promise<string[]> {
  const committed = readMigrationList(config.provider).migrationDirectories.map((d) => d.path);
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL',
    );
    const applied = new Set(rows.map((r) => r.migration_name));
    return committed.filter((name) => !applied.has(name));
  } catch {
    return committed; // no migrations table yet: a new database
  }
}

async function prepare(): Promise<Db> {
  const config = getDbConfig();
  if (config.provider === "sqlite" && config.url !== ":memory:") {
    mkdirSync(path.dirname(config.url), { recursive: true });
  }
  const db = getDbClient();
  try {
    if ((await unappliedMigrations(db, config)).length > 0) await applyPendingMigrations(config);
  } catch (error) {
    const where = config.provider === "sqlite" ? config.url : "the PostgreSQL server in DATABASE_URL";
    throw new AppError(
      "DATABASE_UNAVAILABLE",
      `Could not prepare the database at ${where}: ${(error as Error).message.split("\n")[0]}`,
      {
        cause: error,
      },
    );
  }
  if (config.provider === "sqlite") {
    // WAL lets readers (the web server) proceed while a writer (worker, CLI) holds the lock.
    await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
    // In WAL mode NORMAL stays corruption-safe and skips an fsync per commit: a power cut can lose the last
    // commits, never the database. Ingest commits per article, so this is most of the write cost.
    await db.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
  }
  return db;
}

/**
 * The database client, with migrations applied on first use in this process: a fresh clone needs no manual
 * database step. A failed preparation is not cached, so the next call tries again.
 */
export function getDb(): Promise<Db> {
  if (!globalForReady.parallaxDbReady) {
    globalForReady.parallaxDbReady = prepare().catch((error: unknown) => {
      globalForReady.parallaxDbReady = undefined;
      throw error;
    });
  }
  return globalForReady.parallaxDbReady;
}
