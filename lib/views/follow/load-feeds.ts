import "server-only";
import {
  getDb,
  getOutletFeedStamp,
  getStoryListStamp,
  getStoryPageStamp,
  loadOutletFeedRows,
  loadStoryEventRows,
} from "@/lib/db";
import { searchStories, storyListParams, type StoryListQuery } from "../loaders/search";
import { listFeed, MAX_FEED_ENTRIES, outletFeed, storyFeed, type FeedDocument } from "./feed-model";

/** A story's feed; null for an unknown story or one merged into another. */
export async function getStoryFeed(storyId: string, origin: string): Promise<FeedDocument | null> {
  const rows = await loadStoryEventRows(await getDb(), storyId, MAX_FEED_ENTRIES);
  return rows ? storyFeed(rows, origin) : null;
}

/** What a story feed's ETag is made of (the story page's data stamp); null as getStoryFeed. */
export async function getStoryFeedStamp(storyId: string): Promise<string | null> {
  return getStoryPageStamp(await getDb(), storyId);
}

/** What the story list's feeds depend on: the newest change to any story. */
export async function getListFeedStamp(): Promise<string> {
  return getStoryListStamp(await getDb());
}

function describeQuery(query: StoryListQuery): string {
  return [
    query.q ? `“${query.q}”` : null,
    query.outlet ? `outlet ${query.outlet}` : null,
    query.lang ? `language ${query.lang}` : null,
    query.from || query.to ? `${query.from ?? "…"} to ${query.to ?? "…"}` : null,
    query.variants ? "quotes worded differently" : null,
    query.multi ? "several outlets" : null,
    query.sort === "covered" ? "most covered first" : null,
  ]
    .filter(Boolean)
    .join(", ");
}

/**
 * The story list with a parsed query (the page's parameters) as a feed: the first page of that search, at most
 * MAX_FEED_ENTRIES stories. A bad cursor is INVALID_INPUT, as on the list.
 */
export async function getListFeed(query: StoryListQuery, origin: string): Promise<FeedDocument> {
  const stamp = await getListFeedStamp();
  const result = await searchStories({ ...query, limit: Math.min(query.limit, MAX_FEED_ENTRIES) });
  return listFeed(result.items, {
    origin,
    query: storyListParams(query).toString(),
    describe: describeQuery(query),
    fallbackUpdated: new Date(Number(stamp) || 0),
  });
}

/** An outlet's feed by slug; null for an unknown outlet. */
export async function getOutletFeed(slug: string, origin: string): Promise<FeedDocument | null> {
  const rows = await loadOutletFeedRows(await getDb(), slug, MAX_FEED_ENTRIES);
  return rows ? outletFeed(rows, origin, new Date(0)) : null;
}

export async function getOutletFeedStampBySlug(slug: string): Promise<string | null> {
  return getOutletFeedStamp(await getDb(), slug);
}
