import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/databases";

describe("getDb on SQLite", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase("sqlite");
    process.env.DATABASE_URL = db.url;
  });
  afterAll(async () => {
    const { disconnectDb } = await import("./client");
    await disconnectDb();
    await db.drop();
  });

  it("migrates a new database, then opens it while another process holds the write lock", async () => {
    const { getDb } = await import("./ready");
    const { disconnectDb } = await import("./client");
    const first = await getDb();
    expect(await first.article.count()).toBe(0);
    await disconnectDb();

    // A running app or worker may be mid-write; a CLI starting now must still open the database, which it
    // can only do if it does not ask the schema engine for a lock when nothing is left to migrate.
    const other = new Database(db.url.replace(/^file:/, ""));
    other.exec("BEGIN IMMEDIATE");
    try {
      const second = await getDb();
      expect(await second.story.count()).toBe(0);
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
  });
});
