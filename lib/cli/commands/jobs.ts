import { parseArgs } from "node:util";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { closeQueue, enqueueUrls, getQueue } from "@/lib/jobs";
import { UsageError, type CliIo } from "../output";

export const jobsUsage = "jobs [list] [--json] | jobs retry <id> | jobs enqueue <url>... [--outlet NAME]";

const outletSchema = z.string().trim().min(1).max(120).optional();

/** The job queue: counts and dead letters, retrying a dead letter, or queueing pages for the workers. */
export async function runJobs(argv: string[], io: CliIo): Promise<number> {
  try {
    return await jobsCommand(argv, io);
  } finally {
    await closeQueue();
  }
}

async function jobsCommand(argv: string[], io: CliIo): Promise<number> {
  const [action = "list", ...rest] = argv[0]?.startsWith("--") ? ["list", ...argv] : argv;
  if (action === "list") {
    const { values } = parseArgs({ args: rest, options: { json: { type: "boolean" } } });
    const queue = await getQueue();
    const [stats, dead] = await Promise.all([queue.stats(), queue.deadLetters(50)]);
    if (values.json) {
      io.out(JSON.stringify({ backend: queue.backend, ...stats, deadLetters: dead }, null, 2));
      return 0;
    }
    io.out(`${queue.backend}: ${stats.queued} queued, ${stats.running} running, ${stats.dead} dead`);
    for (const job of dead)
      io.out(
        `dead ${job.id}  ${job.kind}  ${job.attempts} attempts  ${job.failedAt.toISOString()}  ${job.error}`,
      );
    return 0;
  }
  if (action === "retry") {
    if (rest.length !== 1) throw new UsageError(`usage: ${jobsUsage}`);
    const id = rest[0] as string;
    if (!(await (await getQueue()).retryDead(id))) throw new AppError("NOT_FOUND", `No dead letter ${id}.`);
    io.out(`queued again: ${id}`);
    return 0;
  }
  if (action === "enqueue") {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { outlet: { type: "string" } },
    });
    const outlet = outletSchema.safeParse(values.outlet);
    if (positionals.length === 0 || !outlet.success) throw new UsageError(`usage: ${jobsUsage}`);
    const summary = await enqueueUrls(positionals, { outlet: outlet.data ?? null });
    io.out(`queued ${summary.queued} pages (${summary.alreadyQueued} already queued)`);
    return 0;
  }
  throw new UsageError(`usage: ${jobsUsage}`);
}
