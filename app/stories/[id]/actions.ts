"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireEditor, signInProblem } from "@/lib/auth";
import { toAppError } from "@/lib/errors";
import {
  MAX_STORY_TITLE_CHARS,
  mergeStories,
  moveArticle,
  renameStory,
  resetStoryTitle,
  splitStory,
  type StoryEditResult,
} from "@/lib/stories";
import { idSchema } from "../../_lib/params";
import { storyIdFromAddress, type StoryEditState } from "./edit-state";

const addressSchema = z.preprocess(
  storyIdFromAddress,
  z.string({ error: "Paste the other story’s address (…/stories/<id>) or its id." }),
);

/** Signed in first, then the input, then one edit; every failure comes back as a message for the form. */
async function edit<T>(
  parsed: z.ZodSafeParseResult<T>,
  run: (input: T, actor: string) => Promise<StoryEditResult>,
  message: (input: T) => string,
): Promise<StoryEditState> {
  const refusal = await signInProblem();
  if (refusal) return { status: "error", message: refusal };
  if (!parsed.success)
    return { status: "error", message: parsed.error.issues[0]?.message ?? "Check the form." };
  try {
    const editor = await requireEditor();
    const result = await run(parsed.data, editor.name);
    revalidatePath("/", "layout");
    return { status: "done", storyId: result.storyId, message: message(parsed.data) };
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "INTERNAL") console.error("story edit failed", error);
    return {
      status: "error",
      message:
        appError.code === "INTERNAL" ? "Something went wrong; check the server log." : appError.message,
    };
  }
}

/** Splits the ticked articles out of this story into a new one. */
export async function splitStoryAction(
  _previous: StoryEditState,
  formData: FormData,
): Promise<StoryEditState> {
  const parsed = z
    .object({
      storyId: idSchema,
      articleIds: z
        .array(idSchema)
        .min(1, { error: "Tick the articles that form the new story." })
        .max(500, { error: "A split takes at most 500 articles." }),
    })
    .safeParse({ storyId: formData.get("storyId"), articleIds: formData.getAll("articleId") });
  return edit(
    parsed,
    (input, actor) => splitStory({ actor, ...input }),
    (input) => `${input.articleIds.length} article(s) now form a story of their own.`,
  );
}

/** Merges the story at the pasted address into this one. */
export async function mergeStoryAction(
  _previous: StoryEditState,
  formData: FormData,
): Promise<StoryEditState> {
  const parsed = z
    .object({ storyId: idSchema, otherStory: addressSchema })
    .safeParse({ storyId: formData.get("storyId"), otherStory: formData.get("otherStory") });
  return edit(
    parsed,
    (input, actor) => mergeStories({ actor, intoStoryId: input.storyId, fromStoryId: input.otherStory }),
    () => "The other story’s articles are now part of this one; its address leads here.",
  );
}

/** Moves one article of this story to the story at the pasted address. */
export async function moveArticleAction(
  _previous: StoryEditState,
  formData: FormData,
): Promise<StoryEditState> {
  const parsed = z
    .object({ articleId: idSchema, targetStory: addressSchema })
    .safeParse({ articleId: formData.get("articleId"), targetStory: formData.get("targetStory") });
  return edit(
    parsed,
    (input, actor) => moveArticle({ actor, articleId: input.articleId, toStoryId: input.targetStory }),
    () => "The article was moved.",
  );
}

/** Names the story as the editor wrote it; automatic refreshes keep the name until it is reset. */
export async function renameStoryAction(
  _previous: StoryEditState,
  formData: FormData,
): Promise<StoryEditState> {
  const parsed = z
    .object({
      storyId: idSchema,
      title: z
        .string({ error: "Write the story’s title." })
        .trim()
        .min(1, { error: "Write the story’s title." })
        .max(MAX_STORY_TITLE_CHARS, { error: `A title has at most ${MAX_STORY_TITLE_CHARS} characters.` }),
    })
    .safeParse({ storyId: formData.get("storyId"), title: formData.get("title") });
  return edit(
    parsed,
    async (input, actor) => {
      await renameStory({ actor, storyId: input.storyId, title: input.title });
      return { storyId: input.storyId, affected: [input.storyId] };
    },
    () => "The story has its new title; new articles will not change it.",
  );
}

/** Gives the story its automatic title again: the headline that best represents its articles. */
export async function resetStoryTitleAction(
  _previous: StoryEditState,
  formData: FormData,
): Promise<StoryEditState> {
  const parsed = z.object({ storyId: idSchema }).safeParse({ storyId: formData.get("storyId") });
  return edit(
    parsed,
    async (input, actor) => {
      await resetStoryTitle({ actor, storyId: input.storyId });
      return { storyId: input.storyId, affected: [input.storyId] };
    },
    () => "The story has its automatic title again.",
  );
}
