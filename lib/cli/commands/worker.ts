import { runFeedWorker } from "@/lib/ingest";
import type { CliIo } from "../output";

export const workerUsage = "worker             poll feeds on their schedules until stopped (Ctrl-C)";

/** The feed worker in the foreground; SIGINT/SIGTERM finish the current feed and exit cleanly. */
export async function runWorker(_argv: string[], io: CliIo): Promise<number> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  io.err("feed worker started; Ctrl-C to stop");
  await runFeedWorker({
    signal: controller.signal,
    onPoll: (o) =>
      io.out(
        o.result === "error"
          ? `failed: ${o.url}: ${o.error}`
          : `${o.result}: ${o.url} (${o.created} new, ${o.updated} updated, ${o.failed} failed)`,
      ),
  });
  io.err("feed worker stopped");
  return 0;
}
