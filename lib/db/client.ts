import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "@/prisma/generated/postgres/client";
import { PrismaClient as SqliteClient } from "@/prisma/generated/sqlite/client";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { reuseCompiledStatements } from "./sqlite-statements";
import { resolveDatabaseConfig, type DatabaseConfig, type DatabaseProvider } from "./config";

/**
 * The two generated clients expose the same model API (their schemas differ only in the provider), so the rest
 * of the code is typed against the SQLite one. Provider-only features (e.g. Postgres `mode: "insensitive"`)
 * must not be used.
 */
export type Db = SqliteClient;

const providerOfClient = new WeakMap<Db, DatabaseProvider>();

export function createDb(config: DatabaseConfig): Db {
  if (config.provider === "sqlite") {
    // WAL lets the web server read while the worker or CLI writes; busy_timeout waits for a lock rather than failing.
    const adapter = reuseCompiledStatements(new PrismaBetterSqlite3({ url: config.url, timeout: 10_000 }));
    const db = new SqliteClient({ adapter });
    providerOfClient.set(db, "sqlite");
    return db;
  }
  // A connection attempt gives up after 5 s (the default waits forever on a host that drops packets). A pooled
  // connection the server closes (a restart, a failover) is dropped from the pool and logged, never thrown:
  // the next query opens a new one, so the app recovers by itself when the database returns.
  const adapter = new PrismaPg(
    { connectionString: config.url, max: 10, connectionTimeoutMillis: 5_000 },
    { onPoolError: (error) => log("db").warn({ err: error }, "a pooled database connection failed") },
  );
  const db = new PostgresClient({ adapter }) as unknown as Db;
  providerOfClient.set(db, "postgres");
  return db;
}

/** Which database a client talks to, for the few raw queries that differ (full-text search). */
export function providerOf(db: Db): DatabaseProvider {
  return providerOfClient.get(db) ?? getDbConfig().provider;
}

const globalForDb = globalThis as unknown as { parallaxDb?: { db: Db; config: DatabaseConfig } };

/** The process-wide client for DATABASE_URL, kept across Next.js hot reloads so connections are not leaked. */
export function getDbConfig(): DatabaseConfig {
  return resolveDatabaseConfig(env.DATABASE_URL);
}

export function getDbClient(): Db {
  if (!globalForDb.parallaxDb) {
    const config = getDbConfig();
    globalForDb.parallaxDb = { db: createDb(config), config };
  }
  return globalForDb.parallaxDb.db;
}

/** Closes the process-wide client, so a CLI run can exit while a Postgres pool would keep it alive. */
export async function disconnectDb(): Promise<void> {
  const current = globalForDb.parallaxDb;
  globalForDb.parallaxDb = undefined;
  (globalThis as unknown as { parallaxDbReady?: unknown }).parallaxDbReady = undefined;
  await current?.db.$disconnect();
}
