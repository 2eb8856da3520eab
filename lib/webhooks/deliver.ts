import "server-only";
import { findDeliveryToSend, getDb, recordDeliveryAttempt } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, toAppError } from "@/lib/errors";
import { assertFetchableUrl, postBody, type PostAnswer, type ResolveHost } from "@/lib/fetch";
import { isWebhookEvent } from "./events";
import { deliveryDataSchema, signedRequest } from "./payload";

export interface DeliverOptions {
  /** The queue's last attempt: a failure now leaves the delivery failed (and the job a dead letter). */
  lastAttempt: boolean;
  /** A receiver that has not answered by then is cut off (PARALLAX_WEBHOOK_TIMEOUT_SECONDS by default). */
  timeoutMs?: number;
  allowPrivateNetwork?: boolean;
  lookup?: ResolveHost;
  now?: () => Date;
}

export type DeliverResult =
  { status: "delivered"; httpStatus: number } | { status: "skipped"; reason: string };

/**
 * Sends one delivery: builds and signs its body, checks the receiver's address again (its name may resolve
 * elsewhere now), POSTs it with a timeout and records the attempt. Delivered on a 2xx answer; anything else
 * throws (UNAVAILABLE, so the queue retries with back-off; FORBIDDEN for an address now refused, which no
 * retry mends). A delivery already made, or whose webhook was removed, is skipped: the job is safe to repeat.
 */
export async function deliverWebhook(deliveryId: string, options: DeliverOptions): Promise<DeliverResult> {
  const db = await getDb();
  const delivery = await findDeliveryToSend(db, deliveryId);
  if (!delivery) return { status: "skipped", reason: "removed" };
  if (delivery.status === "delivered") return { status: "skipped", reason: "already delivered" };
  // Stored by this code, read back from the database: checked, so a hand-edited row cannot send junk.
  const data = deliveryDataSchema.safeParse(delivery.data);
  if (!isWebhookEvent(delivery.event) || !data.success)
    return { status: "skipped", reason: `unreadable delivery (event ${delivery.event})` };
  const sentAt = (options.now ?? (() => new Date()))();
  const { webhook } = delivery;
  const request = signedRequest({
    deliveryId: delivery.id,
    event: delivery.event,
    createdAt: delivery.createdAt,
    sentAt,
    attempt: delivery.attempts + 1,
    webhook: { id: webhook.id, scope: webhook.scope, storyId: webhook.storyId, query: webhook.query },
    data: data.data,
    secret: webhook.secret,
  });
  const allowPrivateNetwork = options.allowPrivateNetwork ?? env.PARALLAX_FETCH_ALLOW_PRIVATE;
  const timeoutMs = options.timeoutMs ?? env.PARALLAX_WEBHOOK_TIMEOUT_SECONDS * 1000;
  let answer: PostAnswer | null = null;
  let failure: AppError | null = null;
  try {
    await assertFetchableUrl(webhook.url, { allowPrivateNetwork, lookup: options.lookup, timeoutMs });
    answer = await postBody(webhook.url, request.body, {
      headers: request.headers,
      timeoutMs,
      allowPrivateNetwork,
      lookup: options.lookup,
    });
  } catch (error) {
    failure = toAppError(error);
  }
  const delivered = answer !== null && answer.status >= 200 && answer.status < 300;
  const permanent = failure !== null && (failure.code === "FORBIDDEN" || failure.code === "INVALID_INPUT");
  const problem = delivered
    ? null
    : (failure?.message ??
      `the receiver answered ${answer?.status ?? 0}${answer?.statusText ? ` ${answer.statusText}` : ""}`);
  await recordDeliveryAttempt(db, delivery.id, {
    at: sentAt,
    httpStatus: answer?.status ?? null,
    error: problem,
    status: delivered ? "delivered" : options.lastAttempt || permanent ? "failed" : "queued",
  });
  if (delivered) return { status: "delivered", httpStatus: answer!.status };
  throw new AppError(
    permanent ? failure!.code : "UNAVAILABLE",
    `webhook delivery to ${webhook.url}: ${problem}`,
    {
      cause: failure ?? undefined,
    },
  );
}
