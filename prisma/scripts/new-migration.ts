import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { DatabaseConfig, DatabaseProvider } from "../../lib/db/config";
import { migrationsFolder, schemaChangeSql, schemaPath, snapshotPath } from "../../lib/db/migrations";
import { derivePostgresSchema } from "./derive-schema";

/*
 * `prisma migrate dev` needs the native schema engine, which cannot be downloaded here. This does its job with
 * the WebAssembly engine: derive the Postgres schema from the SQLite one, diff the schema the committed
 * migrations were written from (prisma/migrations/schema.snapshot.prisma) against the current one for each
 * provider, write the difference as a new migration folder for both, and regenerate the clients.
 *   npm run db:new-migration -- <name>
 */
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:new-migration -- <name in snake_case>");
  process.exit(2);
}

const root = process.cwd();
const sqliteSchema = readFileSync(schemaPath("sqlite", root), "utf8");
writeFileSync(schemaPath("postgres", root), derivePostgresSchema(sqliteSchema));
const snapshot = existsSync(snapshotPath(root)) ? readFileSync(snapshotPath(root), "utf8") : null;

// The diff reads no tables, but the Postgres adapter must connect to a server (the local one by default).
const dialects: Record<DatabaseProvider, DatabaseConfig> = {
  sqlite: { provider: "sqlite", url: ":memory:" },
  postgres: {
    provider: "postgres",
    url: process.env.POSTGRES_DIALECT_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
  },
};
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
let wrote = false;
for (const provider of ["sqlite", "postgres"] as const) {
  const from = snapshot === null ? null : provider === "sqlite" ? snapshot : derivePostgresSchema(snapshot);
  const sql = await schemaChangeSql(dialects[provider], from, root);
  if (sql === "") {
    console.log(`${provider}: schema matches the migrations; nothing to write`);
    continue;
  }
  const folder = path.join(migrationsFolder(provider, root), `${stamp}_${name}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "migration.sql"), sql + "\n");
  writeFileSync(
    path.join(migrationsFolder(provider, root), "migration_lock.toml"),
    `# Written by npm run db:new-migration. Do not edit.\nprovider = "${provider === "postgres" ? "postgresql" : "sqlite"}"\n`,
  );
  console.log(`${provider}: wrote ${path.relative(root, folder)}/migration.sql`);
  wrote = true;
}
if (wrote) writeFileSync(snapshotPath(root), sqliteSchema);
execFileSync(
  process.execPath,
  [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "prisma/scripts/generate.ts"],
  {
    stdio: "inherit",
  },
);
