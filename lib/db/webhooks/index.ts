export {
  createWebhook,
  deleteWebhook,
  listWebhookRows,
  listWebhookTargets,
  markWebhooksScanned,
  type NewWebhookInput,
  type WebhookRow,
  type WebhookScope,
  type WebhookTarget,
} from "./webhooks";
export {
  addDeliveries,
  findDeliveryToSend,
  listPendingDeliveries,
  listRecentDeliveries,
  markDeliveryQueued,
  pruneDeliveries,
  recordDeliveryAttempt,
  type DeliveryRow,
  type DeliveryStatus,
  type DeliveryToSend,
  type NewDelivery,
} from "./deliveries";
