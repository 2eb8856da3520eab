"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { mergeStories, moveArticle, splitStory, type StoryEditResult } from "@/lib/stories";
import { runAction } from "../../_lib/action";
import { idSchema } from "../../_lib/params";
import { storyIdFromAddress, type StoryEditState } from "./edit-state";

const addressSchema = z.preprocess(
  storyIdFromAddress,
  z.string({ error: "Paste the other story’s address (…/stories/<id>) or its id." }),
);

/** One story edit through the action pipeline: every failure comes back as a message for the form. */
function edit<T>(
  raw: unknown,
  schema: z.ZodType<T>,
  run: (input: T, actor: string) => Promise<StoryEditResult>,
  message: (input: T) => string,
): Promise<StoryEditState> {
  return runAction(raw, {
    name: "story edit",
    schema,
    run,
    fail: ({ message }) => ({ status: "error", message }),
    done: (result, input) => {
      revalidatePath("/", "layout");
      return { status: "done", storyId: result.storyId, message: message(input) };
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
    (input) => `${input.articleIds.length} article(s) now form a story of their own.`,
  );
}

/** Merges the story at the pasted address into this one. */
export async function mergeStoryAction(
  _previous: StoryEditState,
  formData: FormData,
): Promise<StoryEditState> {
  return edit(
    { storyId: formData.get("storyId"), otherStory: formData.get("otherStory") },
    z.object({ storyId: idSchema, otherStory: addressSchema }),
    (input, actor) => mergeStories({ actor, intoStoryId: input.storyId, fromStoryId: input.otherStory }),
    () => "The other story’s articles are now part of this one; its address leads here.",
  );
}

/** Moves one article of this story to the story at the pasted address. */
export async function moveArticleAction(
  _previous: StoryEditState,
  formData: FormData,
): Promise<StoryEditState> {
  return edit(
    { articleId: formData.get("articleId"), targetStory: formData.get("targetStory") },
    z.object({ articleId: idSchema, targetStory: addressSchema }),
    (input, actor) => moveArticle({ actor, articleId: input.articleId, toStoryId: input.targetStory }),
    () => "The article was moved.",
  );
}
