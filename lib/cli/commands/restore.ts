import { parseArgs } from "node:util";
import { disconnectDb, getDbConfig, restoreSqlite } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { UsageError, type CliIo } from "../output";

export const restoreUsage =
  "restore <file>     replace the SQLite database with a backup (stop the app and workers first)";

export async function runRestore(argv: string[], io: CliIo): Promise<number> {
  const { positionals } = parseArgs({ args: argv, options: {}, allowPositionals: true });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError(`usage: ${restoreUsage}`);
  const config = getDbConfig();
  if (config.provider !== "sqlite" || config.url === ":memory:") {
    throw new AppError(
      "UNSUPPORTED",
      "restore replaces a SQLite database; for PostgreSQL use pg_restore (see README, Backups)",
    );
  }
  // This process must not hold the file it is about to replace.
  await disconnectDb();
  const result = await restoreSqlite(file, config.url);
  io.out(`restored ${file} to ${config.url}: ${result.articles} articles, ${result.stories} stories`);
  if (result.previous) io.out(`the database it replaced is kept as ${result.previous}`);
  io.out("pending migrations, if any, are applied on the next start");
  return 0;
}
