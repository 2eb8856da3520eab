"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import {
  MAX_STORY_TITLE_CHARS,
  mergeStories,
  moveArticle,
  renameStory,
  resetStoryTitle,
  splitStory,
  undoStoryEdit,
  type StoryEditResult,
} from "@/lib/stories";
import { runAction } from "../../_lib/action";
import { idSchema } from "../../_lib/params";
import { storyIdFromAddress, type StoryEditState } from "./edit-state";

const addressSchema = z.preprocess(
  storyIdFromAddress,
  z.string({ error: "Search for the other story by its title and choose it." }),
);

/**
 * One story edit through the action pipeline: every failure comes back as a message for the form, and a
 * success as the edit's own message (naming the article and the stories) with the audit row an undo names.
 */
function edit<T>(
  raw: unknown,
  schema: z.ZodType<T>,
  run: (input: T, actor: string) => Promise<StoryEditResult>,
  options: { undoable: boolean } = { undoable: true },
): Promise<StoryEditState> {
  return runAction(raw, {
    name: "story edit",
    schema,
    run,
    fail: ({ message }) => ({ status: "error", message }),
    done: (result) => {
      revalidatePath("/", "layout");
      return {
        status: "done",
        storyId: result.storyId,
        message: result.message,
        undoId: options.undoable ? result.auditId : undefined,
      };
    },
  });
}

/** Splits the ticked articles out of this story into a new one. */
export async function splitStoryAction(
  _previous: StoryEditState,
  formData: FormData,
): Promise<StoryEditState> {
  return edit(
    { storyId: formData.get("storyId"), articleIds: formData.getAll("articleId") },
    z.object({
      storyId: idSchema,
      articleIds: z
        .array(idSchema)
        .min(1, { error: "Tick the articles that form the new story." })
        .max(500, { error: "A split takes at most 500 articles." }),
    }),
    (input, actor) => splitStory({ actor, ...input }),
  );
}

/** Merges the chosen story (found by its title, or pasted as an address) into this one. */
export async function mergeStoryAction(
  _previous: StoryEditState,
  formData: FormData,
): Promise<StoryEditState> {
  return edit(
    { storyId: formData.get("storyId"), otherStory: formData.get("otherStory") },
    z.object({ storyId: idSchema, otherStory: addressSchema }),
    (input, actor) => mergeStories({ actor, intoStoryId: input.storyId, fromStoryId: input.otherStory }),
  );
}

/** Moves one article of this story into the chosen story. */
export async function moveArticleAction(
  _previous: StoryEditState,
  formData: FormData,
): Promise<StoryEditState> {
  return edit(
    { articleId: formData.get("articleId"), targetStory: formData.get("targetStory") },
    z.object({ articleId: idSchema, targetStory: addressSchema }),
    (input, actor) => moveArticle({ actor, articleId: input.articleId, toStoryId: input.targetStory }),
  );
}

/** Undoes one move, merge or split, named by its audit row; the undo itself is audited and not undoable. */
export async function undoStoryEditAction(
  _previous: StoryEditState,
  formData: FormData,
): Promise<StoryEditState> {
  return edit(
    { auditId: formData.get("auditId") },
    z.object({ auditId: idSchema }),
    (input, actor) => undoStoryEdit({ actor, auditId: input.auditId }),
    { undoable: false },
  );
}

/** Names the story as the editor wrote it; automatic refreshes keep the name until it is reset. */
export async function renameStoryAction(
  _previous: StoryEditState,
  formData: FormData,
): Promise<StoryEditState> {
  return edit(
    { storyId: formData.get("storyId"), title: formData.get("title") },
    z.object({
      storyId: idSchema,
      title: z
        .string({ error: "Write the story’s title." })
        .trim()
        .min(1, { error: "Write the story’s title." })
        .max(MAX_STORY_TITLE_CHARS, { error: `A title has at most ${MAX_STORY_TITLE_CHARS} characters.` }),
    }),
    (input, actor) => renameStory({ actor, storyId: input.storyId, title: input.title }),
    { undoable: false },
  );
}

/** Gives the story its automatic title again: the headline that best represents its articles. */
export async function resetStoryTitleAction(
  _previous: StoryEditState,
  formData: FormData,
): Promise<StoryEditState> {
  return edit(
    { storyId: formData.get("storyId") },
    z.object({ storyId: idSchema }),
    (input, actor) => resetStoryTitle({ actor, storyId: input.storyId }),
    { undoable: false },
  );
}
