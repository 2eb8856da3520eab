import "server-only";
import type { Db } from "../client";
import { isUniqueViolation } from "../ingest/unique-violation";
import { fromJson, toJson } from "../json";

export type DeliveryStatus = "pending" | "queued" | "delivered" | "failed";

export interface NewDelivery {
  webhookId: string;
  eventId: string;
  event: string;
  storyId: string;
  data: Record<string, unknown>;
}

/** A delivery as its job sends it: the webhook's address and secret, the event's data. */
export interface DeliveryToSend {
  id: string;
  event: string;
  status: DeliveryStatus;
  attempts: number;
  createdAt: Date;
  data: Record<string, unknown>;
  webhook: {
    id: string;
    url: string;
    secret: string;
    scope: string;
    storyId: string | null;
    query: string | null;
  };
}

export interface DeliveryRow {
  id: string;
  webhookId: string;
  event: string;
  eventId: string;
  status: DeliveryStatus;
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  lastAttemptAt: Date | null;
  deliveredAt: Date | null;
  createdAt: Date;
  title: string | null;
}

/**
 * Stores deliveries that are not stored yet (one per webhook and event: a second dispatcher, or a second pass
 * over the same events, adds nothing). Returns how many were new.
 */
export async function addDeliveries(db: Db, deliveries: readonly NewDelivery[], now: Date): Promise<number> {
  // Each pass re-reads its look-back window: the pairs already stored are found in one query per chunk, not
  // by a failed insert each.
  const known = new Set<string>();
  const pair = (d: { webhookId: string; eventId: string }) => `${d.webhookId} ${d.eventId}`;
  for (let start = 0; start < deliveries.length; start += 500) {
    const chunk = deliveries.slice(start, start + 500);
    const rows = await db.webhookDelivery.findMany({
      where: {
        webhookId: { in: [...new Set(chunk.map((d) => d.webhookId))] },
        eventId: { in: [...new Set(chunk.map((d) => d.eventId))] },
      },
      select: { webhookId: true, eventId: true },
    });
    for (const row of rows) known.add(pair(row));
  }
  let added = 0;
  for (const delivery of deliveries) {
    if (known.has(pair(delivery))) continue;
    known.add(pair(delivery));
    try {
      await db.webhookDelivery.create({
        data: { ...delivery, data: toJson(delivery.data), createdAt: now },
        select: { id: true },
      });
      added += 1;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return added;
}

/** Deliveries stored but not yet queued as jobs, oldest first (a dispatcher killed in between leaves these). */
export async function listPendingDeliveries(db: Db, limit: number): Promise<{ id: string; url: string }[]> {
  const rows = await db.webhookDelivery.findMany({
    where: { status: "pending" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: Math.max(1, Math.min(limit, 1_000)),
    select: { id: true, webhook: { select: { url: true } } },
  });
  return rows.map((row) => ({ id: row.id, url: row.webhook.url }));
}

export async function markDeliveryQueued(db: Db, id: string): Promise<void> {
  await db.webhookDelivery.updateMany({ where: { id, status: "pending" }, data: { status: "queued" } });
}

/** A delivery with what sending it needs; null when it (or its webhook) was removed. */
export async function findDeliveryToSend(db: Db, id: string): Promise<DeliveryToSend | null> {
  const row = await db.webhookDelivery.findUnique({
    where: { id },
    select: {
      id: true,
      event: true,
      status: true,
      attempts: true,
      createdAt: true,
      data: true,
      webhook: {
        select: { id: true, url: true, secret: true, scope: true, storyId: true, query: true },
      },
    },
  });
  if (!row) return null;
  return {
    ...row,
    status: row.status as DeliveryStatus,
    data: fromJson<Record<string, unknown>>(row.data, {}),
  };
}

/** One attempt's outcome: delivered on a 2xx answer, else failed for good or waiting for its retry. */
export async function recordDeliveryAttempt(
  db: Db,
  id: string,
  outcome: { at: Date; httpStatus: number | null; error: string | null; status: DeliveryStatus },
): Promise<void> {
  await db.webhookDelivery.updateMany({
    where: { id },
    data: {
      attempts: { increment: 1 },
      lastAttemptAt: outcome.at,
      lastStatus: outcome.httpStatus,
      lastError: outcome.error?.slice(0, 500) ?? null,
      status: outcome.status,
      ...(outcome.status === "delivered" ? { deliveredAt: outcome.at } : {}),
    },
  });
}

/** The newest deliveries of every webhook (at most `perWebhook` each), newest first. Reads only. */
export async function listRecentDeliveries(
  db: Db,
  webhookIds: readonly string[],
  perWebhook: number,
): Promise<DeliveryRow[]> {
  const take = Math.max(1, Math.min(perWebhook, 50));
  const lists = await Promise.all(
    webhookIds.map((webhookId) =>
      db.webhookDelivery.findMany({
        where: { webhookId },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take,
        select: {
          id: true,
          webhookId: true,
          event: true,
          eventId: true,
          status: true,
          attempts: true,
          lastStatus: true,
          lastError: true,
          lastAttemptAt: true,
          deliveredAt: true,
          createdAt: true,
          data: true,
        },
      }),
    ),
  );
  return lists.flat().map(({ data, ...row }) => {
    const entry = fromJson<{ entry?: { title?: unknown } }>(data, {}).entry;
    return {
      ...row,
      status: row.status as DeliveryStatus,
      title: typeof entry?.title === "string" ? entry.title : null,
    };
  });
}

/**
 * Forgets finished deliveries (delivered or failed) made before `before`, at most `limit` a call. Safe once they
 * are older than the dispatcher's look-back: their events are never read again, so nothing is sent twice.
 */
export async function pruneDeliveries(db: Db, before: Date, limit = 1_000): Promise<number> {
  const old = await db.webhookDelivery.findMany({
    where: { status: { in: ["delivered", "failed"] }, createdAt: { lt: before } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: Math.max(1, Math.min(limit, 1_000)),
    select: { id: true },
  });
  if (old.length === 0) return 0;
  const { count } = await db.webhookDelivery.deleteMany({ where: { id: { in: old.map((row) => row.id) } } });
  return count;
}
