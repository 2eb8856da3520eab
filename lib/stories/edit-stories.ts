import "server-only";
import {
  absorbStories,
  createStory,
  findAbsorbedLinks,
  findArticlePlacement,
  markStoriesEdited,
  placeArticlesInStory,
  recordAudit,
} from "@/lib/db";
import { AppError } from "@/lib/errors";
import { applyEdit, liveStory, quoted } from "./apply-edit";

export type { StoryEditResult } from "./apply-edit";

/** Most articles one split may take. */
const MAX_SPLIT_ARTICLES = 500;

/**
 * Moves one article to another story. The article and the rest of its old story become editor's placements
 * (they stay where they are); the target's other members stay automatic.
 */
export async function moveArticle(input: { actor: string; articleId: string; toStoryId: string }) {
  return applyEdit(async (tx, now) => {
    const article = await findArticlePlacement(tx, input.articleId);
    if (!article?.storyId) throw new AppError("NOT_FOUND", "There is no such article in a story.");
    const to = await liveStory(tx, input.toStoryId, "target");
    if (article.storyId === to.id)
      throw new AppError("INVALID_INPUT", "The article is already in that story.");
    const from = await liveStory(tx, article.storyId, "source");
    const emptied = from.articleIds.length === 1 ? [from.id] : [];
    // A story the move empties is folded into the target; an undo brings back its links too.
    const absorbed = emptied.length ? await findAbsorbedLinks(tx, from.id) : undefined;
    await placeArticlesInStory(tx, { articleIds: [article.articleId], storyId: to.id });
    // The editor saw the rest of the source story and left it together: those placements are decisions too.
    await markStoriesEdited(tx, { storyIds: [from.id], at: now, pinMembers: true });
    await markStoriesEdited(tx, { storyIds: [to.id], at: now, pinMembers: false });
    const message = `Moved ${quoted(article.title)} from ${quoted(from.title)} to ${quoted(to.title)}.`;
    const auditId = await recordAudit(tx, {
      actor: input.actor,
      action: "story.move",
      targetType: "Story",
      targetId: to.id,
      details: {
        summary: message,
        articleId: article.articleId,
        articleTitle: article.title,
        fromStoryId: from.id,
        fromTitle: from.title,
        toStoryId: to.id,
        toTitle: to.title,
        ...(absorbed ? { fromEmptied: true, ...absorbed } : {}),
      },
    });
    const affected = emptied.length ? [to.id] : [from.id, to.id];
    return { result: { storyId: to.id, affected, message, auditId }, emptied };
  });
}

/**
 * Merges story `fromStoryId` into `intoStoryId`: its articles move, its links redirect. Every member of the
 * merged story becomes an editor's placement, so reclustering keeps them together.
 */
export async function mergeStories(input: { actor: string; intoStoryId: string; fromStoryId: string }) {
  if (input.intoStoryId === input.fromStoryId)
    throw new AppError("INVALID_INPUT", "A story cannot be merged into itself.");
  return applyEdit(async (tx, now) => {
    const into = await liveStory(tx, input.intoStoryId, "target");
    const from = await liveStory(tx, input.fromStoryId, "merged");
    const absorbed = await findAbsorbedLinks(tx, from.id);
    await absorbStories(tx, into.id, [from.id], { byEditor: true });
    await markStoriesEdited(tx, { storyIds: [into.id, from.id], at: now, pinMembers: true });
    const count = from.articleIds.length;
    const message = `Merged ${quoted(from.title)} into ${quoted(into.title)}: ${count === 1 ? "its article" : `its ${count} articles`} joined, and its address leads there.`;
    const auditId = await recordAudit(tx, {
      actor: input.actor,
      action: "story.merge",
      targetType: "Story",
      targetId: into.id,
      details: {
        summary: message,
        intoStoryId: into.id,
        intoTitle: into.title,
        fromStoryId: from.id,
        fromTitle: from.title,
        articleIds: from.articleIds,
        ...absorbed,
      },
    });
    return { result: { storyId: into.id, affected: [into.id], message, auditId }, emptied: [] };
  });
}

/**
 * Splits the chosen articles out of a story into a new one. Both stories' members become editor's
 * placements, so neither automatic clustering nor a recluster puts them back together.
 */
export async function splitStory(input: { actor: string; storyId: string; articleIds: readonly string[] }) {
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
    const message = `Split ${chosen.length === 1 ? "1 article" : `${chosen.length} articles`} out of ${quoted(story.title)} into a new story.`;
    const auditId = await recordAudit(tx, {
      actor: input.actor,
      action: "story.split",
      targetType: "Story",
      targetId: newStoryId,
      details: {
        summary: message,
        fromStoryId: story.id,
        fromTitle: story.title,
        newStoryId,
        articleIds: chosen,
      },
    });
    return {
      result: { storyId: newStoryId, affected: [story.id, newStoryId], message, auditId },
      emptied: [],
    };
  });
}
