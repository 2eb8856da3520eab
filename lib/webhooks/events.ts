/**
 * The events a webhook can ask for: the story feeds' entry kinds (lib/views/follow), under the names payloads
 * carry. One model for both, so a feed reader and a webhook see the same events with the same ids.
 */
export const WEBHOOK_EVENTS = {
  "article.added": { kind: "article", label: "New article in a story" },
  "article.edited": { kind: "version", label: "An article edited after publication" },
  "quote.variant": { kind: "variant", label: "A quotation worded differently by another outlet" },
  "story.edited": { kind: "edit", label: "An editor’s move, merge or split" },
} as const;

export type WebhookEvent = keyof typeof WEBHOOK_EVENTS;

export const WEBHOOK_EVENT_NAMES = Object.keys(WEBHOOK_EVENTS) as WebhookEvent[];

/** The event name of a story feed entry's kind; null for kinds no webhook delivers (a list feed's stories). */
export function eventOfEntryKind(kind: string): WebhookEvent | null {
  return WEBHOOK_EVENT_NAMES.find((name) => WEBHOOK_EVENTS[name].kind === kind) ?? null;
}

export function isWebhookEvent(value: string): value is WebhookEvent {
  return Object.hasOwn(WEBHOOK_EVENTS, value);
}
