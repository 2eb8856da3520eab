import { z } from "zod";
import type { FeedEntry } from "@/lib/views";
import { signBody } from "./sign";
import type { WebhookEvent } from "./events";

/** What a delivery stores when it is created: the story as it was then, and the feed entry. */
export const deliveryDataSchema = z.object({
  story: z.object({ id: z.string(), title: z.string(), url: z.string() }),
  entry: z.object({
    id: z.string(),
    kind: z.string(),
    title: z.string(),
    url: z.string(),
    summary: z.string(),
    updated: z.string(),
    published: z.string().nullable(),
    author: z.string().nullable(),
  }),
});

export type DeliveryData = z.infer<typeof deliveryDataSchema>;

/** The body a receiver gets (docs/webhooks.md describes every field). */
export interface WebhookPayload extends DeliveryData {
  /** The delivery's id: the same on every attempt, so a receiver can drop a repeat. */
  id: string;
  event: WebhookEvent;
  /** When the event was matched to the webhook. */
  createdAt: string;
  /** When this attempt was sent; the X-Parallax-Timestamp header holds it in Unix seconds. */
  sentAt: string;
  attempt: number;
  webhook: { id: string; scope: string; storyId: string | null; query: string | null };
}

export const USER_AGENT = "Parallax-Webhooks/1";

export function deliveryData(
  story: { id: string; title: string },
  entry: FeedEntry,
  origin: string,
): DeliveryData {
  return {
    story: { id: story.id, title: story.title, url: `${origin}/stories/${story.id}` },
    entry: {
      id: entry.id,
      kind: entry.kind,
      title: entry.title,
      url: entry.link,
      summary: entry.summary,
      updated: entry.updated.toISOString(),
      published: entry.published?.toISOString() ?? null,
      author: entry.author,
    },
  };
}

export interface SignedRequest {
  body: string;
  headers: Record<string, string>;
}

/**
 * One attempt's request: the JSON body (fields in a fixed order) and its headers, the signature the
 * HMAC-SHA256 of exactly these bytes with the webhook's secret. Pure: the same input gives the same bytes.
 */
export function signedRequest(input: {
  deliveryId: string;
  event: WebhookEvent;
  createdAt: Date;
  sentAt: Date;
  attempt: number;
  webhook: WebhookPayload["webhook"];
  data: DeliveryData;
  secret: string;
}): SignedRequest {
  const payload: WebhookPayload = {
    id: input.deliveryId,
    event: input.event,
    createdAt: input.createdAt.toISOString(),
    sentAt: input.sentAt.toISOString(),
    attempt: input.attempt,
    webhook: input.webhook,
    story: input.data.story,
    entry: input.data.entry,
  };
  const body = JSON.stringify(payload);
  return {
    body,
    headers: {
      "content-type": "application/json; charset=utf-8",
      "user-agent": USER_AGENT,
      "x-parallax-event": input.event,
      "x-parallax-delivery": input.deliveryId,
      "x-parallax-timestamp": String(Math.floor(input.sentAt.getTime() / 1000)),
      "x-parallax-signature": signBody(input.secret, body),
    },
  };
}
