import "server-only";
import {
  absorbStories,
  createStory,
  findArticlePlacement,
  findStoryState,
  getDb,
  withStoryAssignmentLock,
  markStoriesEdited,
  placeArticlesInStory,
  recordAudit,
  type Db,
  type StoryState,
} from "@/lib/db";
import { AppError } from "@/lib/errors";
import { refreshStory } from "./refresh-story";
import { refreshStoryAnalysis } from "./refresh-story-analysis";
import { rebuildStoryProfile } from "./rebuild-profile";

/** Most articles one split may take. */
const MAX_SPLIT_ARTICLES = 500;

export interface StoryEditResult {
  /** The story the editor should look at next (where the article went, the merged story, the new story). */
  storyId: string;
  /** Every live story whose members changed. */
  affected: string[];
}

async function liveStory(db: Db, storyId: string, role: string): Promise<StoryState> {
  const story = await findStoryState(db, storyId);
  if (!story) throw new AppError("NOT_FOUND", `There is no ${role} story ${storyId}.`);
  if (story.mergedIntoId)
    throw new AppError("CONFLICT", `The ${role} story was merged into ${story.mergedIntoId}; edit that one.`);
  return story;
}

/**
 * Runs an edit's membership changes, audit row and editedAt marks in one transaction, rebuilds the affected
 * stories' clustering profiles inside it, then recomputes their headlines, counts, dates and quote groups.
 * A story left empty is folded into `emptyInto`, so its links redirect there.
 */
async function applyEdit(
  change: (tx: Db, now: Date) => Promise<{ result: StoryEditResult; emptied: string[] }>,
): Promise<StoryEditResult> {
  const db = await getDb();
  const now = new Date();
  // One at a time with ingest: an article being clustered never joins a story this edit is emptying.
  const result = await withStoryAssignmentLock({ db, maxWait: 10_000, timeout: 60_000 }, async (tx) => {
    const { result, emptied } = await change(tx, now);
    if (emptied.length > 0) await absorbStories(tx, result.storyId, emptied, { byEditor: true });
    for (const storyId of result.affected) await rebuildStoryProfile(tx, storyId, now);
    return result;
  });
  for (const storyId of result.affected) await refreshStory(db, storyId);
  await refreshStoryAnalysis({ db, storyIds: result.affected });
  return result;
}

/**
 * Moves one article to another story. The article and the rest of its old story become editor's placements
 * (they stay where they are); the target's other members stay automatic.
 */
export async function moveArticle(input: {
  actor: string;
  articleId: string;
  toStoryId: string;
}): Promise<StoryEditResult> {
  return applyEdit(async (tx, now) => {
    const article = await findArticlePlacement(tx, input.articleId);
    if (!article?.storyId) throw new AppError("NOT_FOUND", "There is no such article in a story.");
    const to = await liveStory(tx, input.toStoryId, "target");
    if (article.storyId === to.id)
      throw new AppError("INVALID_INPUT", "The article is already in that story.");
    const from = await liveStory(tx, article.storyId, "source");
    await placeArticlesInStory(tx, { articleIds: [article.articleId], storyId: to.id });
    // The editor saw the rest of the source story and left it together: those placements are decisions too.
    await markStoriesEdited(tx, { storyIds: [from.id], at: now, pinMembers: true });
    await markStoriesEdited(tx, { storyIds: [to.id], at: now, pinMembers: false });
    await recordAudit(tx, {
      actor: input.actor,
      action: "story.move",
      targetType: "Story",
      targetId: to.id,
      details: {
        articleId: article.articleId,
        articleTitle: article.title,
        fromStoryId: from.id,
        fromTitle: from.title,
        toStoryId: to.id,
        toTitle: to.title,
      },
    });
    const emptied = from.articleIds.length === 1 ? [from.id] : [];
    return { result: { storyId: to.id, affected: emptied.length ? [to.id] : [from.id, to.id] }, emptied };
  });
}

/**
 * Merges story `fromStoryId` into `intoStoryId`: its articles move, its links redirect. Every member of the
 * merged story becomes an editor's placement, so reclustering keeps them together.
 */
export async function mergeStories(input: {
  actor: string;
  intoStoryId: string;
  fromStoryId: string;
}): Promise<StoryEditResult> {
  if (input.intoStoryId === input.fromStoryId)
    throw new AppError("INVALID_INPUT", "A story cannot be merged into itself.");
  return applyEdit(async (tx, now) => {
    const into = await liveStory(tx, input.intoStoryId, "target");
    const from = await liveStory(tx, input.fromStoryId, "merged");
    await absorbStories(tx, into.id, [from.id], { byEditor: true });
    await markStoriesEdited(tx, { storyIds: [into.id, from.id], at: now, pinMembers: true });
    await recordAudit(tx, {
      actor: input.actor,
      action: "story.merge",
      targetType: "Story",
      targetId: into.id,
      details: {
        intoStoryId: into.id,
        intoTitle: into.title,
        fromStoryId: from.id,
        fromTitle: from.title,
        articleIds: from.articleIds,
      },
    });
    return { result: { storyId: into.id, affected: [into.id] }, emptied: [] };
  });
}

/**
 * Splits the chosen articles out of a story into a new one. Both stories' members become editor's
 * placements, so neither automatic clustering nor a recluster puts them back together.
 */
export async function splitStory(input: {
  actor: string;
  storyId: string;
  articleIds: readonly string[];
}): Promise<StoryEditResult> {
  const chosen = [...new Set(input.articleIds)].sort();
  if (chosen.length === 0)
    throw new AppError("INVALID_INPUT", "Choose the articles that form the new story.");
  if (chosen.length > MAX_SPLIT_ARTICLES)
    throw new AppError("INVALID_INPUT", `A split takes at most ${MAX_SPLIT_ARTICLES} articles.`);
  return applyEdit(async (tx, now) => {
    const story = await liveStory(tx, input.storyId, "split");
    const members = new Set(story.articleIds);
    const strangers = chosen.filter((id) => !members.has(id));
    if (strangers.length > 0)
      throw new AppError("INVALID_INPUT", `${strangers.length} chosen article(s) are not in this story.`);
    if (chosen.length === story.articleIds.length)
      throw new AppError("INVALID_INPUT", "Leave at least one article in the story: choose fewer.");
    const newStoryId = await createStory(tx, { title: story.title, language: story.language, editedAt: now });
    await placeArticlesInStory(tx, { articleIds: chosen, storyId: newStoryId });
    await markStoriesEdited(tx, { storyIds: [story.id, newStoryId], at: now, pinMembers: true });
    await recordAudit(tx, {
      actor: input.actor,
      action: "story.split",
      targetType: "Story",
      targetId: newStoryId,
      details: { fromStoryId: story.id, fromTitle: story.title, newStoryId, articleIds: chosen },
    });
    return { result: { storyId: newStoryId, affected: [story.id, newStoryId] }, emptied: [] };
  });
}
