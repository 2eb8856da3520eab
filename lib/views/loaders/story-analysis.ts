import "server-only";
import { cache } from "react";
import { getArticlesWithText, getDb, getStoryAnalysis, getStoryRecord, type Db } from "@/lib/db";
import { fromJson } from "@/lib/db/json";
import { compareStoryOffThread } from "@/lib/threads";
import { comparisonKey, framedMembers } from "../shapers/story-comparison";
import type { StoryComparison, StoryComparisonPayload } from "../types";

/** A story's comparison, and whether it is the stored one (false: computed now, the stored one being stale). */
export interface LoadedStoryComparison {
  comparison: StoryComparison;
  stored: boolean;
}

/**
 * A story's comparison (quote groups with diffs, framing, and the default compare view's alignment): the
 * stored analysis when its key still matches the members' versions, else computed now. Reads only: the stored
 * analysis is written by the story's writes (refreshStoryAnalysis in lib/stories), never by a read. Null for an
 * unknown or merged-away story. The key is read before the data, so a payload is never filed under a key newer
 * than what it was computed from.
 */
export async function loadStoryComparison(db: Db, storyId: string): Promise<LoadedStoryComparison | null> {
  const state = await getStoryAnalysis(db, storyId);
  if (!state) return null;
  const key = comparisonKey(state.memberVersionIds);
  if (state.stored && state.stored.key === key) {
    const payload = fromJson<StoryComparisonPayload | null>(state.stored.payload, null);
    if (payload)
      return {
        comparison: { ...payload, key, computedAt: state.stored.computedAt.toISOString() },
        stored: true,
      };
  }
  const record = await getStoryRecord(db, storyId);
  if (!record) return null;
  const framed = framedMembers(record);
  const rows = await getArticlesWithText(db, framed);
  const byId = new Map(rows.map((r) => [r.id, r]));
  // Off the server's thread: aligning a story's texts takes a few hundred milliseconds for a 1 MB article.
  const payload = await compareStoryOffThread(
    record,
    framed.flatMap((id) => byId.get(id) ?? []),
  );
  return { comparison: { ...payload, key, computedAt: new Date().toISOString() }, stored: false };
}

/**
 * `loadStoryComparison` for pages, the API and exports, memoised per request (React's cache): the story page
 * reads it for its quote groups and again for the framing section, the compare view for the story and the
 * columns, and reading and parsing the stored payload twice cost about 7 ms of CPU per render. Outside a
 * request (CLI, tests) every call reads afresh.
 */
export const getStoryComparison = cache(
  async (storyId: string): Promise<StoryComparison | null> =>
    (await loadStoryComparison(await getDb(), storyId))?.comparison ?? null,
);
