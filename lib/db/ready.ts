import "server-only";
import { AppError } from "@/lib/errors";
import { getDbClient, getDbConfig, type Db } from "./client";
import { applyPendingMigrations } from "./migrations";

const globalForReady = globalThis as unknown as { parallaxDbReady?: Promise<Db> };

async function prepare(): Promise<Db> {
  const config = getDbConfig();
  try {
    await applyPendingMigrations(config);
  } catch (error) {
    const where = config.provider === "sqlite" ? config.url : "the PostgreSQL server in DATABASE_URL";
    throw new AppError(
      "UNAVAILABLE",
      `Could not prepare the database at ${where}: ${(error as Error).message.split("\n")[0]}`,
      {
        cause: error,
      },
    );
  }
  const db = getDbClient();
  if (config.provider === "sqlite") {
    // WAL lets readers (the web server) proceed while a writer (worker, CLI) holds the lock.
    await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
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
