import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import Database from "better-sqlite3";
import { createTestDatabase, type TestDatabase, type TestProvider } from "@/lib/testing/databases";
import { resolveDatabaseConfig } from "./config";
import { applyPendingMigrations, readMigrationList } from "./migrations";

async function tableNames(db: TestDatabase): Promise<string[]> {
  if (db.provider === "sqlite") {
    const conn = new Database(db.url.replace(/^file:/, ""), { readonly: true });
    const rows = conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[];
    conn.close();
    return rows.map((r) => r.name);
  }
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const result = await client.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
  );
  await client.end();
  return result.rows.map((r) => r.table_name);
}

describe.each<TestProvider>(["sqlite", "postgres"])("migrations on %s", (provider) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it("creates every table on an empty database, then has nothing left to apply", async () => {
    const config = resolveDatabaseConfig(db.url);
    const expected = readMigrationList(provider).migrationDirectories.map((d) => d.path);
    expect(expected.length).toBeGreaterThan(0);
    expect(await applyPendingMigrations(config)).toEqual(expected);
    const tables = await tableNames(db);
    for (const table of [
      "Outlet",
      "Article",
      "ArticleVersion",
      "Story",
      "StoryMembership",
      "Quotation",
      "QuoteGroup",
      "ShareLink",
      "Feed",
      "Job",
      "AuditLog",
      "_prisma_migrations",
    ]) {
      expect(tables).toContain(table);
    }
    expect(await applyPendingMigrations(config)).toEqual([]);
  });
});
