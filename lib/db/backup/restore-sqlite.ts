import { existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { AppError } from "@/lib/errors";
import { assertParallaxSqliteFile, makeSingleFile, type ParallaxFileSummary } from "./sqlite-file";

export interface RestoreResult extends ParallaxFileSummary {
  /** Where the database that was replaced now is (kept until you delete it), or null when there was none. */
  previous: string | null;
}

/** A file name beside `file` that does not exist yet. */
function freeName(file: string, label: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  let candidate = `${file}.${label}-${stamp}`;
  for (let n = 2; existsSync(candidate); n++) candidate = `${file}.${label}-${stamp}-${n}`;
  return candidate;
}

/**
 * Replaces the SQLite database at `target` with the backup at `backup`. The backup is checked first (a
 * SQLite file, intact, with Parallax's tables, from this or an older version), copied beside the target and
 * checked again; only then is the current database set aside (its WAL folded in first) and the copy renamed
 * into its place. The current database is kept as `<target>.before-restore-<time>`: nothing is lost if the
 * restore was a mistake. Stop the app and workers first: they hold the file open.
 */
export async function restoreSqlite(
  backup: string,
  target: string,
  now: Date = new Date(),
): Promise<RestoreResult> {
  if (!existsSync(backup)) throw new AppError("NOT_FOUND", `there is no backup at ${backup}`);
  if (path.resolve(backup) === path.resolve(target))
    throw new AppError("INVALID_INPUT", "the backup file is the database itself");
  assertParallaxSqliteFile(backup);

  const incoming = `${target}.restoring-${process.pid}`;
  let summary: ParallaxFileSummary;
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    await source.backup(incoming);
    makeSingleFile(incoming);
    summary = assertParallaxSqliteFile(incoming);
  } catch (error) {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${incoming}${suffix}`, { force: true });
    if (error instanceof AppError) throw error;
    throw new AppError("UNAVAILABLE", `copying ${backup} failed: ${(error as Error).message}`, {
      cause: error,
    });
  } finally {
    source.close();
  }

  let previous: string | null = null;
  if (existsSync(target)) {
    // Fold the write-ahead log into the main file, so the file set aside is the whole current database.
    const current = new Database(target, { fileMustExist: true });
    try {
      current.pragma("wal_checkpoint(TRUNCATE)");
    } finally {
      current.close();
    }
    previous = freeName(target, "before-restore", now);
    renameSync(target, previous);
  }
  for (const suffix of ["-wal", "-shm"]) rmSync(`${target}${suffix}`, { force: true });
  renameSync(incoming, target);
  return { ...summary, previous };
}
