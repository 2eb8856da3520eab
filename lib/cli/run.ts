import { databaseUnavailable, isDatabaseUnreachable } from "@/lib/db";
import { toAppError } from "@/lib/errors";
import { backupUsage, runBackup } from "./commands/backup";
import { demoUsage, runDemo } from "./commands/demo";
import { exportUsage, runExport } from "./commands/export";
import { feedsUsage, runFeeds } from "./commands/feeds";
import { importUsage, runImport } from "./commands/import";
import { jobsUsage, runJobs } from "./commands/jobs";
import { ingestUsage, runIngest } from "./commands/ingest";
import { runMigrate } from "./commands/migrate";
import { outletsUsage, runOutlets } from "./commands/outlets";
import { reclusterUsage, runRecluster } from "./commands/recluster";
import { restoreUsage, runRestore } from "./commands/restore";
import { runStories, storiesUsage } from "./commands/stories";
import { runWorker, workerUsage } from "./commands/worker";
import { oneLineMessage, UsageError, type CliIo } from "./output";

const commands: Record<string, { run: (argv: string[], io: CliIo) => Promise<number>; usage: string }> = {
  ingest: { run: runIngest, usage: ingestUsage },
  import: { run: runImport, usage: importUsage },
  feeds: { run: runFeeds, usage: feedsUsage },
  worker: { run: runWorker, usage: workerUsage },
  jobs: { run: runJobs, usage: jobsUsage },
  stories: { run: runStories, usage: storiesUsage },
  outlets: { run: runOutlets, usage: outletsUsage },
  export: { run: runExport, usage: exportUsage },
  recluster: { run: runRecluster, usage: reclusterUsage },
  migrate: { run: runMigrate, usage: "migrate            apply pending database migrations" },
  backup: { run: runBackup, usage: backupUsage },
  restore: { run: runRestore, usage: restoreUsage },
  demo: { run: runDemo, usage: demoUsage },
};

export function usage(): string {
  return ["usage: npm run parallax -- <command>", ...Object.values(commands).map((c) => `  ${c.usage}`)].join(
    "\n",
  );
}

/** Runs one CLI command and returns the exit code: 0 ok, 1 failed, 2 bad usage. Errors are one line each. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    io.err(name && name !== "help" && name !== "--help" ? `unknown command "${name}"\n${usage()}` : usage());
    return name === "help" || name === "--help" ? 0 : 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`error: ${error.message}`);
      return 2;
    }
    if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      io.err(`error: ${error.message}\nusage: ${command.usage}`);
      return 2;
    }
    const appError = isDatabaseUnreachable(error) ? databaseUnavailable(error) : toAppError(error);
    io.err(`error: ${oneLineMessage(appError.message)}`);
    return 1;
  }
}
