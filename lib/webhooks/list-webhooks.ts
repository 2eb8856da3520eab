import "server-only";
import {
  deleteWebhook,
  getDb,
  listRecentDeliveries,
  listWebhookRows,
  type DeliveryRow,
  type WebhookRow,
} from "@/lib/db";

export type DeliveryView = Omit<DeliveryRow, "webhookId">;
export interface WebhookView extends WebhookRow {
  deliveries: DeliveryView[];
}

/** Every webhook (never its secret) with its newest deliveries, for the editors' Webhooks page. Reads only. */
export async function listWebhooks(options: { deliveriesEach?: number } = {}): Promise<WebhookView[]> {
  const db = await getDb();
  const hooks = await listWebhookRows(db);
  const deliveries = await listRecentDeliveries(
    db,
    hooks.map((hook) => hook.id),
    options.deliveriesEach ?? 10,
  );
  return hooks.map((hook) => ({
    ...hook,
    deliveries: deliveries.filter((d) => d.webhookId === hook.id).map(({ webhookId: _, ...d }) => d),
  }));
}

/** An editor removes a webhook (audit logged); its queued deliveries then send nothing. */
export async function removeWebhook(id: string, actor: string): Promise<{ url: string }> {
  return deleteWebhook(await getDb(), { id, actor });
}
