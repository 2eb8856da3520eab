import { parseArgs } from "node:util";
import { backupSqlite, getDbConfig } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { UsageError, type CliIo } from "../output";

export const backupUsage =
  "backup <file> [--force]  copy the SQLite database to <file> (online: the app may keep running)";

export async function runBackup(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { force: { type: "boolean" } },
    allowPositionals: true,
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError(`usage: ${backupUsage}`);
  const config = getDbConfig();
  if (config.provider !== "sqlite" || config.url === ":memory:") {
    throw new AppError(
      "UNSUPPORTED",
      "backup copies a SQLite database; for PostgreSQL use pg_dump (see README, Backups)",
    );
  }
  const result = await backupSqlite(config.url, file, { overwrite: values.force ?? false });
  io.out(
    `backed up ${config.url} to ${file}: ${result.articles} articles, ${result.stories} stories, ${(result.bytes / 1024 / 1024).toFixed(1)} MB`,
  );
  return 0;
}
