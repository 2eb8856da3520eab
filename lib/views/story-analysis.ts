import "server-only";
import { createHash } from "node:crypto";
import { cache } from "react";
import { framingSignals } from "@/lib/compare";
import {
  getArticlesWithText,
  getDb,
  getStoryAnalysis,
  getStoryRecord,
  saveStoryAnalysis,
  type Db,
  type StoryRecord,
} from "@/lib/db";
import { fromJson } from "@/lib/db/json";
import { compareArticles, framingArticle, membersByPublication } from "./compare-articles";
import { quoteGroupViews } from "./quote-groups";
import type { StoryComparison, StoryComparisonPayload } from "./types";

/**
 * Bump when anything in lib/compare (or this payload's shape) changes what a comparison contains: every
 * cached analysis then misses once and is recomputed on its next read.
 */
export const COMPARISON_ALGORITHM_VERSION = "comparison-4";
/** Articles the compare view shows when none are chosen: the story's first, in publication order. */
export const DEFAULT_COMPARED_ARTICLES = 4;
/** Framing of very large stories covers their earliest articles only, so the work stays bounded. */
export const MAX_FRAMING_ARTICLES = 100;

/** The cache key: the algorithm version and the newest version id of every member article. */
export function comparisonKey(memberVersionIds: readonly string[]): string {
  const ids = [...memberVersionIds].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash("sha256")
    .update(`${COMPARISON_ALGORITHM_VERSION}\n${ids.join("\n")}`)
    .digest("hex");
}

/**
 * A story's comparison (quote groups with diffs, framing, and the default compare view's alignment), from the
 * StoryAnalysis cache when its key still matches the members' versions, else computed now and stored. Null for
 * an unknown or merged-away story. The key is read before the data, so a payload is never filed under a key
 * newer than what it was computed from. Memoised per request (React's cache): the story page reads it for its
 * quote groups and again for the framing section, the compare view for the story and the columns, and
 * reading and parsing the stored payload twice cost about 7 ms of CPU per render. Outside a request (CLI,
 * tests) every call reads afresh.
 */
export const getStoryComparison = cache(readStoryComparison);

async function readStoryComparison(storyId: string): Promise<StoryComparison | null> {
  const db = await getDb();
  const state = await getStoryAnalysis(db, storyId);
  if (!state) return null;
  const key = comparisonKey(state.memberVersionIds);
  if (state.stored && state.stored.key === key) {
    const payload = fromJson<StoryComparisonPayload | null>(state.stored.payload, null);
    if (payload) return { ...payload, key, computedAt: state.stored.computedAt.toISOString() };
  }
  const record = await getStoryRecord(db, storyId);
  if (!record) return null;
  const payload = await computeStoryComparison(db, record);
  const computedAt = new Date();
  try {
    await saveStoryAnalysis(db, storyId, key, payload, computedAt);
  } catch (error) {
    // A busy or read-only database must not fail the page: serve what was computed, cache it next time.
    console.warn(`Could not cache the comparison of story ${storyId}: ${(error as Error).message}`);
  }
  return { ...payload, key, computedAt: computedAt.toISOString() };
}

async function computeStoryComparison(db: Db, record: StoryRecord): Promise<StoryComparisonPayload> {
  const ordered = membersByPublication(record);
  const framed = ordered.slice(0, MAX_FRAMING_ARTICLES);
  const rows = await getArticlesWithText(db, framed);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const inOrder = framed.flatMap((id) => byId.get(id) ?? []);
  return {
    quoteGroups: quoteGroupViews(record),
    framing: framingSignals(inOrder.map(framingArticle)),
    defaultCompare: compareArticles(record, inOrder.slice(0, DEFAULT_COMPARED_ARTICLES)),
  };
}
