import "server-only";
import type { Db } from "../client";
import { STORY_EDIT_ACTIONS } from "../audit/find-audit";
import { loadQuoteVariants } from "./quote-variants";
import { EVENT_ARTICLE_SELECT, loadLaterVersions, STORY_FIELDS, type StoryEventRows } from "./story-events";

export interface StoryEventsSince {
  /** Per story (live stories only), its events after `since`, in the shape a story's feed is built from. */
  stories: StoryEventRows[];
  /**
   * Every event up to this instant was read: `until`, or, when a kind filled its `limit`, the last instant read
   * of that kind (the caller continues from there on its next pass).
   */
  readTo: Date;
  /** Every event up to `until` was read (no kind filled its limit). */
  complete: boolean;
}

/**
 * The story feeds' events of every story between `since` (exclusive) and `until` (inclusive), oldest first, at
 * most `limit` of each kind: articles taken in, later versions of articles, quotations worded differently by
 * another outlet (dated by their version), editors' moves, merges and splits
 * (each filed under every story it names). Reads only.
 */
export async function loadStoryEventsSince(
  db: Db,
  options: { since: Date; until: Date; limit: number },
): Promise<StoryEventsSince> {
  const take = Math.max(1, Math.min(options.limit, 1_000));
  const window = { gt: options.since, lte: options.until };
  const [articles, versions, variants, audits] = await Promise.all([
    db.article.findMany({
      where: { ingestedAt: window, membership: { isNot: null } },
      orderBy: [{ ingestedAt: "asc" }, { id: "asc" }],
      take,
      select: { ...EVENT_ARTICLE_SELECT, membership: { select: { storyId: true } } },
    }),
    loadLaterVersions(db, { fetchedAt: window }, take, { oldestFirst: true }),
    loadQuoteVariants(db, { version: { fetchedAt: window } }, take, { oldestFirst: true }),
    db.auditLog.findMany({
      where: { action: { in: [...STORY_EDIT_ACTIONS] }, createdAt: window },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take,
    }),
  ]);
  // A kind that filled its limit was read up to its last instant, less a millisecond so events sharing that
  // instant are read again next time rather than skipped (unless every one shared it: then past them).
  const lastRead = (read: number, at: Date | undefined) => {
    if (read < take || !at) return null;
    const before = new Date(at.getTime() - 1);
    return before > options.since ? before : at;
  };
  const full = [
    lastRead(articles.length, articles.at(-1)?.ingestedAt),
    lastRead(versions.length, versions.at(-1)?.fetchedAt),
    lastRead(variants.read, variants.lastFetchedAt),
    lastRead(audits.length, audits.at(-1)?.createdAt),
  ].filter((at): at is Date => at !== null);
  const readTo = full.reduce((min, at) => (at < min ? at : min), options.until);

  const byStory = new Map<string, Omit<StoryEventRows, "story">>();
  const file = (storyId: string | null | undefined) => {
    if (!storyId) return null;
    let rows = byStory.get(storyId);
    if (!rows) byStory.set(storyId, (rows = { articles: [], versions: [], variants: [], audits: [] }));
    return rows;
  };
  for (const { membership, ...article } of articles)
    if (article.ingestedAt <= readTo) file(membership?.storyId)?.articles.push(article);
  for (const version of versions)
    if (version.fetchedAt <= readTo) file(version.storyId)?.versions.push(version);
  for (const variant of variants.variants)
    if (variant.fetchedAt <= readTo) file(variant.storyId)?.variants.push(variant);
  for (const audit of audits) {
    if (audit.createdAt > readTo) continue;
    const details = (
      typeof audit.details === "object" && audit.details !== null ? audit.details : {}
    ) as Record<string, unknown>;
    const named = new Set([
      audit.targetId,
      ...STORY_FIELDS.map((field) => details[field]).filter((id): id is string => typeof id === "string"),
    ]);
    for (const storyId of named) file(storyId)?.audits.push(audit);
  }
  const complete = full.length === 0;
  if (byStory.size === 0) return { stories: [], readTo, complete };
  const stories = await db.story.findMany({
    where: { id: { in: [...byStory.keys()] }, mergedIntoId: null },
    select: { id: true, title: true, updatedAt: true },
  });
  return {
    stories: stories
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((story) => ({ story, ...byStory.get(story.id)! })),
    readTo,
    complete,
  };
}
