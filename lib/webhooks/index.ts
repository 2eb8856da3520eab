/**
 * Alerts: editors' webhooks. Each pass of the dispatcher turns the story feeds' new events into deliveries; each
 * delivery is a job on the queue (lib/jobs) that POSTs a signed JSON body. Server only.
 */
import "server-only";

export { WEBHOOK_EVENTS, WEBHOOK_EVENT_NAMES, isWebhookEvent, type WebhookEvent } from "./events";
export { signBody, verifySignature } from "./sign";
export { signedRequest, deliveryData, USER_AGENT, type DeliveryData, type WebhookPayload } from "./payload";
export { addWebhook, type AddWebhookInput, type AddWebhookOptions } from "./add-webhook";
export { removeWebhook, listWebhooks, type WebhookView, type DeliveryView } from "./list-webhooks";
export {
  dispatchWebhookEvents,
  DEFAULT_LOOKBACK_MS,
  type DispatchOptions,
  type DispatchSummary,
} from "./dispatch";
export { deliverWebhook, type DeliverOptions, type DeliverResult } from "./deliver";
