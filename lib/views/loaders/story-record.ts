import "server-only";
import { cache } from "react";
import { getDb, getStoryRecord, type StoryRecord } from "@/lib/db";

/**
 * A live story's record (articles, memberships, quote groups), read once per request (React's cache): the
 * compare view needs it for the story and again for its columns. Outside a request every call reads afresh.
 */
export const loadStoryRecord = cache(async (storyId: string): Promise<StoryRecord | null> =>
  getStoryRecord(await getDb(), storyId),
);
