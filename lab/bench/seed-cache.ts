import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { postgresAdminUrl, type TestDatabase, type TestProvider } from "@/lib/testing/databases";

/*
 * A seeded benchmark database kept between `bench:web --reuse` runs, so iterating on the read path does not
 * pay the minute of seeding each time. It is named by a hash of what decides its rows: the provider, the
 * article count and seed, and the source of the generator and of the migrations. Any change there gives a new
 * name (the old one is dropped when found). A database counts as seeded only once its summary file is written,
 * after seeding finished; a half-seeded one is dropped and seeded again.
 */

const FOLDER = path.join(tmpdir(), "parallax-bench-cache");
const GENERATOR_FILES = [
  "lab/bench/seed-corpus.ts",
  "lab/bench/seed-database.ts",
  "lab/bench/synthetic-news.ts",
  "lab/bench/random.ts",
  "lab/bench/seed-rows.ts",
  "lib/db/bulk",
  "prisma/migrations",
];

function hashTree(hash: ReturnType<typeof createHash>, file: string): void {
  if (!existsSync(file)) return;
  if (statSync(file).isDirectory()) {
    for (const entry of readdirSync(file).sort()) hashTree(hash, path.join(file, entry));
    return;
  }
  hash.update(`${file}\n`).update(readFileSync(file));
}

export interface SeedSummary {
  articles: number;
  stories: number;
  quotations: number;
  quoteGroups: number;
  versions: number;
  seconds: number;
  /** [article count, first story id of that size]. */
  storySizes: [number, string][];
}

export interface CachedDatabase {
  database: TestDatabase;
  /** The summary of an earlier, finished seeding, or null when the database is empty and must be seeded. */
  summary: SeedSummary | null;
  /** Marks the database as seeded (call after seeding finished). */
  remember(summary: SeedSummary): void;
}

async function adminQuery(sql: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: postgresAdminUrl() });
  await client.connect();
  try {
    return await client.query(sql, values);
  } finally {
    await client.end();
  }
}

export async function cachedDatabase(
  provider: TestProvider,
  options: { articles: number; seed: number },
): Promise<CachedDatabase> {
  const hash = createHash("sha256").update(`${provider}\n${options.articles}\n${options.seed}\n`);
  for (const file of GENERATOR_FILES) hashTree(hash, path.join(process.cwd(), file));
  const key = hash.digest("hex").slice(0, 16);
  const prefix = `parallax_bench_${provider}_${options.articles}_${options.seed}_`;
  const name = `${prefix}${key}`;
  mkdirSync(FOLDER, { recursive: true });
  const summaryFile = path.join(FOLDER, `${name}.json`);
  let summary: SeedSummary | null = existsSync(summaryFile)
    ? (JSON.parse(readFileSync(summaryFile, "utf8")) as SeedSummary)
    : null;
  // Older cached databases of the same options (another generator or schema) are no longer useful.
  for (const entry of readdirSync(FOLDER))
    if (entry.startsWith(prefix) && !entry.startsWith(name))
      rmSync(path.join(FOLDER, entry), { force: true });

  let url: string;
  if (provider === "sqlite") {
    const file = path.join(FOLDER, `${name}.db`);
    if (!existsSync(file)) summary = null;
    if (!summary) for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
    url = `file:${file}`;
  } else {
    const stale = await adminQuery(
      "SELECT datname FROM pg_database WHERE datname LIKE $1 AND datname <> $2",
      [`${prefix}%`, name],
    );
    for (const row of stale.rows as { datname: string }[])
      await adminQuery(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
    const exists = (await adminQuery("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1;
    if (exists && !summary) await adminQuery(`DROP DATABASE "${name}" WITH (FORCE)`);
    if (!exists || !summary) {
      summary = null;
      await adminQuery(`CREATE DATABASE "${name}"`);
    }
    const address = new URL(postgresAdminUrl());
    address.pathname = `/${name}`;
    url = address.toString();
  }
  return {
    // Kept for the next run: dropping is what the cache exists to avoid.
    database: { provider, url, drop: async () => undefined },
    summary,
    remember: (done) => writeFileSync(summaryFile, JSON.stringify(done)),
  };
}
