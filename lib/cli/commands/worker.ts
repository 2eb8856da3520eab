import { parseArgs } from "node:util";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { closeQueue, getQueue, runJobWorker } from "@/lib/jobs";
import { UsageError, type CliIo } from "../output";

export const workerUsage =
  "worker [--concurrency N]  run queued jobs (feed polls, page ingests) until stopped (Ctrl-C)";

const concurrencySchema = z.coerce.number().int().min(1).max(32);

/**
 * A job worker in the foreground; SIGINT/SIGTERM finish the jobs in hand and exit cleanly. Any number may run
 * side by side (and beside the app): they share the queue.
 */
export async function runWorker(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { concurrency: { type: "string" } } });
  const parsed = concurrencySchema.safeParse(values.concurrency ?? "2");
  if (!parsed.success) throw new UsageError("--concurrency must be a whole number from 1 to 32");
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  await getDb(); // migrates now, not on the first job, and fails fast when the database is away
  const queue = await getQueue();
  io.err(`job worker started (${queue.backend}, ${parsed.data} at a time); Ctrl-C to stop`);
  try {
    await runJobWorker({
      concurrency: parsed.data,
      signal: controller.signal,
      onJob: (job, outcome) =>
        io.out(
          `${outcome.ok ? "done" : `failed (attempt ${job.attempt})`}: ${job.kind} ${describe(job.payload)} ` +
            `(${Math.round(outcome.ms)} ms)${outcome.error ? `: ${outcome.error}` : ""}`,
        ),
    });
  } finally {
    await closeQueue();
  }
  io.err("job worker stopped");
  return 0;
}

function describe(payload: unknown): string {
  if (payload && typeof payload === "object") {
    if ("url" in payload) return String(payload.url);
    if ("feed" in payload && payload.feed && typeof payload.feed === "object" && "url" in payload.feed)
      return String(payload.feed.url);
  }
  return "";
}
