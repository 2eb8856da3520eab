import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/databases";
import { resolveDatabaseConfig } from "./config";
import { applyPendingMigrations } from "./migrations";

/*
 * The engine writes a SQLite column change as a table rebuild (new table, copy, DROP, RENAME), which silently
 * drops the hand-written full-text triggers and search indexes on that table. Migrations after the full-text one
 * must keep them: this fails when a generated rebuild of "Article", "Quotation" or "Story" slips in.
 */
describe("SQLite migrations keep the full-text objects", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase("sqlite");
  });
  afterAll(async () => {
    await db?.drop();
  });

  it("has every full-text trigger and search index after the last migration, and article_fts finds a new row", async () => {
    await applyPendingMigrations(resolveDatabaseConfig(db.url));
    const conn = new Database(db.url.replace(/^file:/, ""));
    try {
      const names = new Set(
        (
          conn.prepare("SELECT name FROM sqlite_master WHERE type IN ('trigger', 'index')").all() as {
            name: string;
          }[]
        ).map((r) => r.name),
      );
      for (const name of [
        "article_fts_after_insert",
        "article_fts_after_delete",
        "article_fts_after_update",
        "quotation_fts_after_insert",
        "quotation_fts_after_delete",
        "quotation_fts_after_update",
        "story_fts_after_insert",
        "story_fts_after_delete",
        "story_fts_after_update",
        "search_story_newest_idx",
        "search_story_covered_idx",
        "search_article_language_idx",
      ])
        expect(names, name).toContain(name);
      conn.prepare(`INSERT INTO "Outlet" ("id", "slug", "name") VALUES ('o1', 'o1', 'One')`).run();
      conn
        .prepare(
          `INSERT INTO "Article" ("id", "outletId", "title", "text", "contentHash", "updatedAt") VALUES ('a1', 'o1', 'Harbour strike', 'Dockers walked out.', 'h1', 0)`,
        )
        .run();
      const hits = conn.prepare(`SELECT rowid FROM "article_fts" WHERE "article_fts" MATCH 'dockers'`).all();
      expect(hits).toHaveLength(1);
      const row = conn.prepare(`SELECT "demo" FROM "Article" WHERE "id" = 'a1'`).get() as { demo: number };
      expect(row.demo).toBe(0);
    } finally {
      conn.close();
    }
  });
});
