import { existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { AppError } from "@/lib/errors";
import { assertParallaxSqliteFile, makeSingleFile, type ParallaxFileSummary } from "./sqlite-file";

/**
 * Copies the SQLite database at `source` to `target` with SQLite's online backup: consistent even while the
 * app and workers keep reading and writing. The copy is written beside the target and renamed into place when
 * complete and checked, so a failed backup never leaves a half-written file under the target's name.
 */
export async function backupSqlite(
  source: string,
  target: string,
  options: { overwrite?: boolean } = {},
): Promise<ParallaxFileSummary & { bytes: number }> {
  if (!existsSync(source)) throw new AppError("NOT_FOUND", `there is no database at ${source}`);
  if (path.resolve(source) === path.resolve(target))
    throw new AppError("INVALID_INPUT", "the backup file must not be the database itself");
  if (existsSync(target) && !options.overwrite)
    throw new AppError("CONFLICT", `${target} exists: choose another name or pass --force`);
  mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const partial = `${target}.partial-${process.pid}`;
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(partial);
  } catch (error) {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${partial}${suffix}`, { force: true });
    throw new AppError("UNAVAILABLE", `the backup of ${source} failed: ${(error as Error).message}`, {
      cause: error,
    });
  } finally {
    db.close();
  }
  try {
    makeSingleFile(partial);
    const summary = assertParallaxSqliteFile(partial);
    renameSync(partial, target);
    return { ...summary, bytes: statSync(target).size };
  } catch (error) {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${partial}${suffix}`, { force: true });
    throw error;
  }
}
