import { closeSync, openSync, readSync } from "node:fs";
import Database from "better-sqlite3";
import { AppError } from "@/lib/errors";
import { readMigrationList } from "../migrations";

const SQLITE_HEADER = "SQLite format 3\u0000";
/** Tables every Parallax database has had since its first migration. */
const PARALLAX_TABLES = ["_prisma_migrations", "Article", "Story", "Outlet"];

function hasSqliteHeader(file: string): boolean {
  const header = Buffer.alloc(16);
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    return readSync(fd, header, 0, 16, 0) === 16 && header.toString("latin1") === SQLITE_HEADER;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export interface ParallaxFileSummary {
  /** Migrations recorded as applied. */
  migrations: number;
  articles: number;
  stories: number;
}

/**
 * Throws a clear AppError unless `file` is an intact SQLite database with Parallax's tables and no migration
 * this version of Parallax does not know (a backup from a newer version). Opens the file read-only.
 */
export function assertParallaxSqliteFile(file: string, root = process.cwd()): ParallaxFileSummary {
  if (!hasSqliteHeader(file)) throw new AppError("INVALID_INPUT", `${file} is not a SQLite database`);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma("quick_check", { simple: true });
    if (integrity !== "ok") throw new AppError("INVALID_INPUT", `${file} is damaged: ${String(integrity)}`);
    const tables = new Set(
      db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .all()
        .map((row) => (row as { name: string }).name),
    );
    const missing = PARALLAX_TABLES.filter((table) => !tables.has(table));
    if (missing.length > 0) {
      throw new AppError(
        "INVALID_INPUT",
        `${file} is not a Parallax database (it has no ${missing.join(", ")} table${missing.length > 1 ? "s" : ""})`,
      );
    }
    const applied = db
      .prepare(
        'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
      )
      .all()
      .map((row) => (row as { migration_name: string }).migration_name);
    const known = new Set(readMigrationList("sqlite", root).migrationDirectories.map((d) => d.path));
    const unknown = applied.filter((name) => !known.has(name));
    if (unknown.length > 0) {
      throw new AppError(
        "INVALID_INPUT",
        `${file} comes from a newer Parallax (it has migration ${unknown[0]}, unknown here): upgrade first`,
      );
    }
    const count = (table: string) =>
      (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
    return { migrations: applied.length, articles: count("Article"), stories: count("Story") };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("INVALID_INPUT", `${file} cannot be read as a database: ${(error as Error).message}`, {
      cause: error,
    });
  } finally {
    db.close();
  }
}

/**
 * Turns a fresh copy into one self-contained file (rollback journal instead of write-ahead log), so checking
 * or moving it leaves no -wal/-shm files behind; the app switches it back to WAL when it opens it.
 */
export function makeSingleFile(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma("journal_mode = DELETE");
  } finally {
    db.close();
  }
}
