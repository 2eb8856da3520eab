import "server-only";
import { getDb, clearEditorTitle, findStoryState, recordAudit, setEditorTitle, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { cleanLabel } from "@/lib/text";
import { liveStory, quoted, type StoryEditResult } from "./apply-edit";
import { refreshStory } from "./refresh-story";

/** Longest title an editor may give a story (a headline, not an article). */
export const MAX_STORY_TITLE_CHARS = 300;

/** One title change in a transaction of its own: the story is checked, changed and audited together. */
async function inTransaction(change: (tx: Db) => Promise<StoryEditResult>): Promise<StoryEditResult> {
  const db = await getDb();
  return db.$transaction((txClient) => change(txClient as unknown as Db), {
    maxWait: 10_000,
    timeout: 60_000,
  });
}

/**
 * Names a story as an editor chose (audit logged). New articles, reclustering, moves and merges recompute the
 * automatic title but never replace this one; `resetStoryTitle` hands it back.
 */
export async function renameStory(input: { actor: string; storyId: string; title: string }) {
  const title = cleanLabel(input.title);
  if (title === "") throw new AppError("INVALID_INPUT", "Give the story a title.");
  if (title.length > MAX_STORY_TITLE_CHARS)
    throw new AppError("INVALID_INPUT", `A story title has at most ${MAX_STORY_TITLE_CHARS} characters.`);
  return inTransaction(async (tx) => {
    const story = await liveStory(tx, input.storyId, "renamed");
    await setEditorTitle(tx, story.id, title);
    const message = `Renamed ${quoted(story.title)} to ${quoted(title)}; new articles will not change it.`;
    const auditId = await recordAudit(tx, {
      actor: input.actor,
      action: "story.rename",
      targetType: "Story",
      targetId: story.id,
      details: { summary: message, fromTitle: story.title, toTitle: title },
    });
    return { storyId: story.id, affected: [story.id], message, auditId };
  });
}

/** Gives a story its automatic title again (the most representative headline, with its outlet); audit logged. */
export async function resetStoryTitle(input: { actor: string; storyId: string }) {
  return inTransaction(async (tx) => {
    const story = await liveStory(tx, input.storyId, "renamed");
    if (!story.titleByEditor)
      throw new AppError("INVALID_INPUT", "The story already has its automatic title.");
    await clearEditorTitle(tx, story.id);
    await refreshStory(tx, story.id);
    const title = (await findStoryState(tx, story.id))?.title ?? "";
    const message = `The story has its automatic title again: ${quoted(title)}.`;
    const auditId = await recordAudit(tx, {
      actor: input.actor,
      action: "story.title-reset",
      targetType: "Story",
      targetId: story.id,
      details: { summary: message, fromTitle: story.title, toTitle: title },
    });
    return { storyId: story.id, affected: [story.id], message, auditId };
  });
}
