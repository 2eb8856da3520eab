import "server-only";
import {
  addDeliveries,
  getDb,
  listPendingDeliveries,
  listWebhookTargets,
  loadStoryEventsSince,
  markDeliveryQueued,
  markWebhooksScanned,
  pruneDeliveries,
  type NewDelivery,
  type StoryEventRows,
  type WebhookTarget,
} from "@/lib/db";
import { env } from "@/lib/env";
import {
  findMergedStory,
  parseStoryListQuery,
  storiesMatchingListQuery,
  storyEventEntries,
  type FeedEntry,
} from "@/lib/views";
import { eventOfEntryKind, type WebhookEvent } from "./events";
import { deliveryData } from "./payload";

export interface DispatchOptions {
  /** Queues one delivery's job (lib/jobs passes the queue's send, keyed by the delivery's id). */
  send: (delivery: { deliveryId: string; url: string }) => Promise<void>;
  now?: Date;
  /**
   * Each pass reads events this far back before the last one: an event written in a transaction that commits
   * after a later one was read is still found. A delivery is made once per event whatever the overlap.
   */
  lookbackMs?: number;
  /** Events of each kind read per page, and pages per pass; the rest wait for the next pass. */
  limit?: number;
  rounds?: number;
  /** Deliveries queued per pass. */
  queueLimit?: number;
  /** Finished deliveries older than this are forgotten (the page shows each webhook's newest). */
  keepMs?: number;
}

export interface DispatchSummary {
  /** New deliveries stored this pass. */
  added: number;
  /** Deliveries handed to the queue this pass (new ones, and any a stopped pass left unqueued). */
  queued: number;
  /** Finished deliveries forgotten this pass. */
  pruned: number;
}

export const DEFAULT_LOOKBACK_MS = 10 * 60_000;
export const DEFAULT_KEEP_MS = 30 * 24 * 60 * 60_000;

const later = (a: Date, b: Date) => (a > b ? a : b);

/** Where a webhook's events start: when it was added, or what earlier passes read less the look-back. */
function startOf(hook: WebhookTarget, lookbackMs: number): Date {
  return later(hook.createdAt, new Date(hook.scannedTo.getTime() - lookbackMs));
}

/** What a pass knows besides the events: each search's matching stories, each story webhook's story now. */
interface Matches {
  searches: Map<string, Set<string>>;
  /** A followed story merged into another: its events now happen there. */
  homes: Map<string, string>;
}

function wants(hook: WebhookTarget, storyId: string, matches: Matches): boolean {
  if (hook.scope === "story")
    return hook.storyId !== null && (matches.homes.get(hook.storyId) ?? hook.storyId) === storyId;
  if (hook.scope === "search") return matches.searches.get(hook.query ?? "")?.has(storyId) ?? false;
  return true;
}

/** For each search webhook's query, which of these stories the story list shows for it; merged stories' homes. */
async function findMatches(hooks: readonly WebhookTarget[], storyIds: readonly string[]): Promise<Matches> {
  const matches: Matches = { searches: new Map(), homes: new Map() };
  for (const hook of hooks) {
    if (hook.scope === "story" && hook.storyId !== null && !matches.homes.has(hook.storyId)) {
      const home = await findMergedStory(hook.storyId);
      if (home) matches.homes.set(hook.storyId, home);
    }
    if (hook.scope !== "search" || hook.query === null || matches.searches.has(hook.query)) continue;
    const query = parseStoryListQuery(new URLSearchParams(hook.query), "lenient");
    matches.searches.set(hook.query, await storiesMatchingListQuery(storyIds, query));
  }
  return matches;
}

/**
 * One pass of the alerts: reads the story feeds' events since the webhooks last looked, stores a delivery for
 * each event each webhook wants (its story, a story its search finds, or any story; the events it chose), then
 * queues every delivery not yet queued. Safe to run in several workers at once and to stop at any point: a
 * delivery is stored once per webhook and event, and one stored but not queued is queued by the next pass.
 */
export async function dispatchWebhookEvents(options: DispatchOptions): Promise<DispatchSummary> {
  const db = await getDb();
  const now = options.now ?? new Date();
  const lookbackMs = options.lookbackMs ?? DEFAULT_LOOKBACK_MS;
  const hooks = await listWebhookTargets(db);
  let added = 0;
  if (hooks.length > 0) {
    let since = hooks.map((hook) => startOf(hook, lookbackMs)).reduce((a, b) => (a < b ? a : b));
    // Page through the events (the look-back re-reads many): at most `rounds` pages a pass, the rest next pass.
    for (let round = 0; round < (options.rounds ?? 40); round++) {
      const page = await loadStoryEventsSince(db, { since, until: now, limit: options.limit ?? 500 });
      const matches = await findMatches(
        hooks,
        page.stories.map((rows) => rows.story.id),
      );
      const deliveries = page.stories.flatMap((rows) => deliveriesFor(rows, hooks, matches, lookbackMs));
      added += await addDeliveries(db, deliveries, now);
      since = page.readTo;
      if (page.complete) break;
    }
    await markWebhooksScanned(
      db,
      hooks.map((hook) => hook.id),
      since,
    );
  }
  const pending = await listPendingDeliveries(db, options.queueLimit ?? 500);
  for (const delivery of pending) {
    await options.send({ deliveryId: delivery.id, url: delivery.url });
    await markDeliveryQueued(db, delivery.id);
  }
  // Never within the look-back: an event still re-read must find its delivery, or it would be sent again.
  const keepMs = Math.max(options.keepMs ?? DEFAULT_KEEP_MS, 2 * lookbackMs);
  const pruned = await pruneDeliveries(db, new Date(now.getTime() - keepMs));
  return { added, queued: pending.length, pruned };
}

function deliveriesFor(
  rows: StoryEventRows,
  hooks: readonly WebhookTarget[],
  matches: Matches,
  lookbackMs: number,
): NewDelivery[] {
  const entriesByOrigin = new Map<string, FeedEntry[]>();
  const entries = (origin: string) => {
    let list = entriesByOrigin.get(origin);
    if (!list) entriesByOrigin.set(origin, (list = storyEventEntries(rows, origin)));
    return list;
  };
  const out: NewDelivery[] = [];
  for (const hook of hooks) {
    if (!wants(hook, rows.story.id, matches)) continue;
    const origin = env.PARALLAX_PUBLIC_URL ?? hook.siteOrigin;
    const start = startOf(hook, lookbackMs);
    for (const entry of entries(origin)) {
      const event: WebhookEvent | null = eventOfEntryKind(entry.kind);
      if (!event || !hook.events.includes(event) || entry.updated <= start) continue;
      out.push({
        webhookId: hook.id,
        eventId: entry.id,
        event,
        storyId: rows.story.id,
        data: { ...deliveryData(rows.story, entry, origin) },
      });
    }
  }
  return out;
}
