import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";

export type TestProvider = "sqlite" | "postgres";

export interface TestDatabase {
  provider: TestProvider;
  url: string;
  drop(): Promise<void>;
}

/** The Postgres server the tests use; CI points it at the local server. */
export function postgresAdminUrl(): string {
  return process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
}

/**
 * A new, empty database for one test file: a SQLite file in a temp folder, or a fresh database on the test
 * Postgres server. Tests never share state and leave nothing behind.
 */
export async function createTestDatabase(provider: TestProvider): Promise<TestDatabase> {
  if (provider === "sqlite") {
    const folder = mkdtempSync(path.join(tmpdir(), "parallax-test-"));
    return {
      provider,
      url: `file:${path.join(folder, "test.db")}`,
      drop: async () => rmSync(folder, { recursive: true, force: true }),
    };
  }
  const admin = postgresAdminUrl();
  const name = `parallax_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const client = new pg.Client({ connectionString: admin });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `The Postgres tests need a server at ${admin} (set TEST_POSTGRES_URL): ${(error as Error).message}`,
    );
  }
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    provider,
    url: url.toString(),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: admin });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    },
  };
}

/**
 * Registers a fresh database for the calling test file: before its tests it is created and named in
 * DATABASE_URL (with the demo corpus off and any extra variables set), after them the client is closed and the
 * database dropped. Call it before the file's own beforeAll, which may then import modules that read the env.
 */
export function useTestDatabase(
  provider: TestProvider,
  env: Record<string, string> = {},
): { current(): TestDatabase } {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    process.env.DATABASE_URL = database.url;
    process.env.PARALLAX_DEMO = "off";
    Object.assign(process.env, env);
  });
  afterAll(async () => {
    const { disconnectDb } = await import("@/lib/db");
    await disconnectDb();
    await database?.drop();
  });
  return {
    current() {
      if (!database) throw new Error("the test database is created in beforeAll");
      return database;
    },
  };
}
