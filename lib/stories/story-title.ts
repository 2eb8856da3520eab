import "server-only";
import { getDb, clearEditorTitle, findStoryState, recordAudit, setEditorTitle, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { cleanLabel } from "@/lib/text";
import { refreshStory } from "./refresh-story";

/** Longest title an editor may give a story (a headline, not an article). */
export const MAX_STORY_TITLE_CHARS = 300;

async function liveStory(db: Db, storyId: string) {
  const story = await findStoryState(db, storyId);
  if (!story) throw new AppError("NOT_FOUND", `There is no story ${storyId}.`);
  if (story.mergedIntoId)
    throw new AppError("CONFLICT", `The story was merged into ${story.mergedIntoId}; edit that one.`);
  return story;
}

/**
 * Names a story as an editor chose (audit logged). New articles, reclustering, moves and merges recompute the
 * automatic title but never replace this one; `resetStoryTitle` hands it back.
 */
export async function renameStory(input: { actor: string; storyId: string; title: string }): Promise<void> {
  const title = cleanLabel(input.title);
  if (title === "") throw new AppError("INVALID_INPUT", "Give the story a title.");
  if (title.length > MAX_STORY_TITLE_CHARS)
    throw new AppError("INVALID_INPUT", `A story title has at most ${MAX_STORY_TITLE_CHARS} characters.`);
  const db = await getDb();
  await db.$transaction(async (txClient) => {
    const tx = txClient as unknown as Db;
    const story = await liveStory(tx, input.storyId);
    await setEditorTitle(tx, story.id, title);
    await recordAudit(tx, {
      actor: input.actor,
      action: "story.rename",
      targetType: "Story",
      targetId: story.id,
      details: { fromTitle: story.title, toTitle: title },
    });
  });
}

/** Gives a story its automatic title again (the most representative headline, with its outlet); audit logged. */
export async function resetStoryTitle(input: { actor: string; storyId: string }): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (txClient) => {
    const tx = txClient as unknown as Db;
    const story = await liveStory(tx, input.storyId);
    if (!story.titleByEditor)
      throw new AppError("INVALID_INPUT", "The story already has its automatic title.");
    await clearEditorTitle(tx, story.id);
    await refreshStory(tx, story.id);
    const after = await findStoryState(tx, story.id);
    await recordAudit(tx, {
      actor: input.actor,
      action: "story.title-reset",
      targetType: "Story",
      targetId: story.id,
      details: { fromTitle: story.title, toTitle: after?.title ?? "" },
    });
  });
}
