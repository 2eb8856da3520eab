import "server-only";
import { log } from "@/lib/log";
import { defaultHandlers, type JobHandlers } from "./handlers";
import { getQueue } from "./open-queue";
import { runWorkers, sleep, type RunWorkersOptions } from "./run-workers";
import { scheduleDueFeeds } from "./schedule-feeds";
import { queueWebhookDeliveries } from "./queue-webhooks";
import { jobSettings } from "./settings";

export interface WorkerProcessOptions {
  /** Jobs run at once in this process. */
  concurrency?: number;
  /** How often due feeds and new events for webhooks are looked for. */
  scheduleEveryMs?: number;
  signal?: AbortSignal;
  handlers?: JobHandlers;
  onJob?: RunWorkersOptions["onJob"];
}

/**
 * A worker: schedules due feeds, turns new story events into webhook deliveries, and runs queued jobs until the signal aborts. `npm run worker` runs one in the
 * foreground; the app runs one in-process unless PARALLAX_WORKER=off. Any number may run side by side.
 */
export async function runJobWorker(options: WorkerProcessOptions = {}): Promise<void> {
  const settings = jobSettings();
  const queue = await getQueue();
  const scheduleEveryMs = options.scheduleEveryMs ?? 30_000;
  const scheduler = async () => {
    while (!options.signal?.aborted) {
      try {
        await scheduleDueFeeds(queue, { leaseMs: (settings.timeoutSeconds + 60) * 1000 });
      } catch (error) {
        log("jobs").error({ err: error }, "scheduling due feeds failed");
      }
      try {
        const sent = await queueWebhookDeliveries(queue);
        if (sent.added > 0) log("jobs").info(sent, "webhook deliveries queued");
      } catch (error) {
        log("jobs").error({ err: error }, "queueing webhook deliveries failed");
      }
      await sleep(scheduleEveryMs, options.signal);
    }
  };
  await Promise.all([
    scheduler(),
    runWorkers({
      queue,
      handlers: options.handlers ?? defaultHandlers,
      concurrency: options.concurrency ?? 2,
      pollMs: settings.pollMs,
      signal: options.signal,
      onJob: options.onJob,
    }),
  ]);
}
