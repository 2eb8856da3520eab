import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { MigrationList, SchemaFilter } from "@prisma/schema-engine-wasm";
import type { DatabaseConfig, DatabaseProvider } from "./config";
import { openSchemaEngine } from "./schema-engine";

const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

export function schemaPath(provider: DatabaseProvider, root = process.cwd()): string {
  return path.join(root, "prisma", `schema.${provider}.prisma`);
}

export function migrationsFolder(provider: DatabaseProvider, root = process.cwd()): string {
  return path.join(root, "prisma", "migrations", provider);
}

/** The committed migrations of one provider, in order, as the schema engine wants them. */
export function readMigrationList(provider: DatabaseProvider, root = process.cwd()): MigrationList {
  const baseDir = migrationsFolder(provider, root);
  const lockPath = path.join(baseDir, "migration_lock.toml");
  const names = existsSync(baseDir)
    ? readdirSync(baseDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  return {
    baseDir,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(path.join(baseDir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

/**
 * Applies the committed migrations that the database has not seen, recording them in `_prisma_migrations`
 * as `prisma migrate deploy` would. Safe to call on every start: it does nothing when the database is current.
 */
export async function applyPendingMigrations(
  config: DatabaseConfig,
  root = process.cwd(),
): Promise<string[]> {
  if (config.provider === "sqlite" && config.url !== ":memory:") {
    mkdirSync(path.dirname(config.url), { recursive: true });
  }
  const file = schemaPath(config.provider, root);
  const { engine, close } = await openSchemaEngine(config, file, readFileSync(file, "utf8"));
  try {
    const result = await engine.applyMigrations({
      migrationsList: readMigrationList(config.provider, root),
      filters: NO_FILTERS,
    });
    return result.appliedMigrationNames;
  } finally {
    await close();
  }
}

/**
 * The SQL that turns a database built from schema `fromSchema` (null: an empty database) into one matching the
 * provider's current schema file ("" when they agree). Datamodel to datamodel, so no shadow database is needed:
 * the WebAssembly engine cannot introspect a Postgres shadow database through the driver adapter.
 */
export async function schemaChangeSql(
  config: DatabaseConfig,
  fromSchema: string | null,
  root = process.cwd(),
): Promise<string> {
  const file = schemaPath(config.provider, root);
  const schemaText = readFileSync(file, "utf8");
  const { engine, close } = await openSchemaEngine(config, file, schemaText);
  try {
    const result = await engine.diff({
      from:
        fromSchema === null
          ? { tag: "empty" }
          : { tag: "schemaDatamodel", files: [{ path: file, content: fromSchema }] },
      to: { tag: "schemaDatamodel", files: [{ path: file, content: schemaText }] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    const sql = result.stdout?.trim() ?? "";
    return /^-- This is an empty migration/.test(sql) ? "" : sql;
  } finally {
    await close();
  }
}

/** The schema the committed migrations produce, saved beside them when a migration is written. */
export function snapshotPath(root = process.cwd()): string {
  return path.join(root, "prisma", "migrations", "schema.snapshot.prisma");
}
