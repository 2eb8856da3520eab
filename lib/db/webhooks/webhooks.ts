import "server-only";
import { AppError } from "@/lib/errors";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../client";
import { inTransaction } from "../transactions";

export type WebhookScope = "story" | "search" | "all";

export interface NewWebhookInput {
  url: string;
  scope: WebhookScope;
  storyId: string | null;
  query: string | null;
  events: readonly string[];
  secret: string;
  siteOrigin: string;
  actor: string;
  now: Date;
}

export interface WebhookRow {
  id: string;
  url: string;
  scope: WebhookScope;
  storyId: string | null;
  storyTitle: string | null;
  query: string | null;
  events: string[];
  createdBy: string;
  createdAt: Date;
}

/** What the dispatcher needs of a webhook (never the secret). */
export interface WebhookTarget {
  id: string;
  url: string;
  scope: WebhookScope;
  storyId: string | null;
  query: string | null;
  events: string[];
  siteOrigin: string;
  createdAt: Date;
  scannedTo: Date;
}

/** The fields every reader of webhooks wants (never the secret). */
const WEBHOOK_SELECT = {
  id: true,
  url: true,
  scope: true,
  storyId: true,
  query: true,
  events: true,
  createdAt: true,
} as const;

const splitEvents = (events: string) => events.split(",").filter(Boolean);

/**
 * Adds a webhook and its audit row in one transaction. Events up to `now` are not sent to it: it starts with
 * what happens after it was added. A story webhook names a live story (NOT_FOUND otherwise).
 */
export async function createWebhook(db: Db, input: NewWebhookInput): Promise<{ id: string }> {
  return inTransaction({ db }, async (tx) => {
    if (input.storyId) {
      const story = await tx.story.findUnique({
        where: { id: input.storyId },
        select: { mergedIntoId: true },
      });
      if (!story || story.mergedIntoId !== null)
        throw new AppError("NOT_FOUND", "No such story: check the story’s address.", {
          fields: { story: "No such story: paste the story’s address or id." },
        });
    }
    const row = await tx.webhook.create({
      data: {
        url: input.url,
        scope: input.scope,
        storyId: input.storyId,
        query: input.query,
        events: input.events.join(","),
        secret: input.secret,
        siteOrigin: input.siteOrigin,
        createdBy: input.actor,
        createdAt: input.now,
        scannedTo: input.now,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: input.actor,
      action: "webhook.add",
      targetType: "webhook",
      targetId: row.id,
      details: { url: input.url, scope: input.scope, storyId: input.storyId, query: input.query },
    });
    return row;
  });
}

/** Removes a webhook with its deliveries (queued jobs for them then find nothing to send), audit logged. */
export async function deleteWebhook(db: Db, input: { id: string; actor: string }): Promise<{ url: string }> {
  return inTransaction({ db }, async (tx) => {
    const hook = await tx.webhook.findUnique({ where: { id: input.id }, select: { id: true, url: true } });
    if (!hook) throw new AppError("NOT_FOUND", "No such webhook.");
    await tx.webhook.delete({ where: { id: hook.id } });
    await recordAudit(tx, {
      actor: input.actor,
      action: "webhook.remove",
      targetType: "webhook",
      targetId: hook.id,
      details: { url: hook.url },
    });
    return { url: hook.url };
  });
}

/** Every webhook, newest first, with its story's title (at most 500). Reads only. */
export async function listWebhookRows(db: Db): Promise<WebhookRow[]> {
  const rows = await db.webhook.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 500,
    select: { ...WEBHOOK_SELECT, createdBy: true },
  });
  const storyIds = rows.flatMap((row) => (row.storyId ? [row.storyId] : []));
  const stories = storyIds.length
    ? await db.story.findMany({ where: { id: { in: storyIds } }, select: { id: true, title: true } })
    : [];
  const titles = new Map(stories.map((story) => [story.id, story.title]));
  return rows.map((row) => ({
    ...row,
    scope: row.scope as WebhookScope,
    events: splitEvents(row.events),
    storyTitle: row.storyId ? (titles.get(row.storyId) ?? null) : null,
  }));
}

/** The webhooks the dispatcher matches events to (at most 1,000, oldest first). */
export async function listWebhookTargets(db: Db): Promise<WebhookTarget[]> {
  const rows = await db.webhook.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 1_000,
    select: { ...WEBHOOK_SELECT, siteOrigin: true, scannedTo: true },
  });
  return rows.map((row) => ({ ...row, scope: row.scope as WebhookScope, events: splitEvents(row.events) }));
}

/** Records that events up to `to` were matched to these webhooks; never moves a mark backwards. */
export async function markWebhooksScanned(db: Db, ids: readonly string[], to: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.webhook.updateMany({
    where: { id: { in: [...ids] }, scannedTo: { lt: to } },
    data: { scannedTo: to },
  });
}
