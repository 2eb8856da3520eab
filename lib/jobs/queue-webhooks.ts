import "server-only";
import { dispatchWebhookEvents, type DispatchOptions, type DispatchSummary } from "@/lib/webhooks";
import type { JobQueue } from "./types";

/**
 * One dispatcher pass (lib/webhooks): new story events become deliveries, each queued as a deliver-webhook job
 * keyed by its delivery, so a delivery queued twice (two workers, a pass stopped half-way) waits once.
 */
export async function queueWebhookDeliveries(
  queue: JobQueue,
  options: Omit<DispatchOptions, "send"> = {},
): Promise<DispatchSummary> {
  return dispatchWebhookEvents({
    ...options,
    send: async (payload) => {
      await queue.send("deliver-webhook", payload, { key: payload.deliveryId });
    },
  });
}
