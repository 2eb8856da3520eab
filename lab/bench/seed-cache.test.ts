import { existsSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { postgresAdminUrl } from "@/lib/testing/databases";
import { cachedDatabase, type SeedSummary } from "./seed-cache";

/* The bench's kept database: empty until remembered, then found again by the next run with the same options. */
const summary: SeedSummary = {
  articles: 3,
  stories: 1,
  quotations: 0,
  quoteGroups: 0,
  versions: 3,
  seconds: 1,
  storySizes: [[3, "s1"]],
};
// An article count no real run uses, so the test never touches a benchmark's kept database.
const ARTICLES = 987_654;

describe("bench seed cache", () => {
  const dropped: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const drop of dropped) await drop();
  });

  it("keeps a SQLite database once remembered, and seeds afresh when the file is gone", async () => {
    const first = await cachedDatabase("sqlite", { articles: ARTICLES, seed: 1 });
    const file = first.database.url.slice("file:".length);
    dropped.push(async () => {
      rmSync(file, { force: true });
      rmSync(file.replace(/\.db$/, ".json"), { force: true });
    });
    expect(first.summary).toBeNull();
    writeFileSync(file, "seeded");
    first.remember(summary);
    await first.database.drop(); // a no-op: the database is kept
    expect(existsSync(file)).toBe(true);

    const second = await cachedDatabase("sqlite", { articles: ARTICLES, seed: 1 });
    expect(second.database.url).toBe(first.database.url);
    expect(second.summary).toEqual(summary);
    // Other options are another database.
    const other = await cachedDatabase("sqlite", { articles: ARTICLES, seed: 2 });
    expect(other.database.url).not.toBe(first.database.url);
    expect(other.summary).toBeNull();

    rmSync(file);
    expect((await cachedDatabase("sqlite", { articles: ARTICLES, seed: 1 })).summary).toBeNull();
  });

  it("keeps a Postgres database once remembered, and recreates one left half-seeded", async () => {
    const first = await cachedDatabase("postgres", { articles: ARTICLES, seed: 1 });
    const name = new URL(first.database.url).pathname.slice(1);
    expect(name).toMatch(/^parallax_bench_postgres_987654_1_[0-9a-f]{16}$/);
    dropped.push(async () => {
      rmSync(path.join(tmpdir(), "parallax-bench-cache", `${name}.json`), { force: true });
      const admin = new pg.Client({ connectionString: postgresAdminUrl() });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    });
    expect(first.summary).toBeNull();
    const mark = async (sql: string) => {
      const client = new pg.Client({ connectionString: first.database.url });
      await client.connect();
      try {
        return await client.query(sql);
      } finally {
        await client.end();
      }
    };
    await mark("CREATE TABLE seeded (id int)");
    // Not remembered yet: a half-seeded database is dropped and created empty again.
    const again = await cachedDatabase("postgres", { articles: ARTICLES, seed: 1 });
    expect(again.summary).toBeNull();
    expect((await mark("SELECT to_regclass('seeded') AS t")).rows[0].t).toBeNull();

    await mark("CREATE TABLE seeded (id int)");
    again.remember(summary);
    const kept = await cachedDatabase("postgres", { articles: ARTICLES, seed: 1 });
    expect(kept.summary).toEqual(summary);
    expect((await mark("SELECT to_regclass('seeded') AS t")).rows[0].t).toBe("seeded");
  });
});
