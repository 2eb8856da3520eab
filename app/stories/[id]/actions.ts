"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireEditor, signInProblem } from "@/lib/auth";
import { toAppError } from "@/lib/errors";
import { mergeStories, moveArticle, splitStory, undoStoryEdit, type StoryEditResult } from "@/lib/stories";
import { idSchema } from "../../_lib/params";
import { storyIdFromAddress, type StoryEditState } from "./edit-state";

const addressSchema = z.preprocess(
  storyIdFromAddress,
  z.string({ error: "Search for the other story by its title and choose it." }),
);

/**
 * Signed in first, then the input, then one edit; every failure comes back as a message for the form, and a
 * success as the edit's own message (naming the article and the stories) with the audit row an undo names.
 */
async function edit<T>(
  parsed: z.ZodSafeParseResult<T>,
  run: (input: T, actor: string) => Promise<StoryEditResult>,
  options: { undoable: boolean } = { undoable: true },
): Promise<StoryEditState> {
  const refusal = await signInProblem();
  if (refusal) return { status: "error", message: refusal };
  if (!parsed.success)
    return { status: "error", message: parsed.error.issues[0]?.message ?? "Check the form." };
  try {
    const editor = await requireEditor();
    const result = await run(parsed.data, editor.name);
    revalidatePath("/", "layout");
    return {
      status: "done",
      storyId: result.storyId,
      message: result.message,
      undoId: options.undoable ? result.auditId : undefined,
    };
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
  return edit(parsed, (input, actor) => splitStory({ actor, ...input }));
}

/** Merges the chosen story (found by its title, or pasted as an address) into this one. */
export async function mergeStoryAction(
  _previous: StoryEditState,
  formData: FormData,
): Promise<StoryEditState> {
  const parsed = z
    .object({ storyId: idSchema, otherStory: addressSchema })
    .safeParse({ storyId: formData.get("storyId"), otherStory: formData.get("otherStory") });
  return edit(parsed, (input, actor) =>
    mergeStories({ actor, intoStoryId: input.storyId, fromStoryId: input.otherStory }),
  );
}

/** Moves one article of this story to the chosen story (found by its title, or pasted as an address). */
export async function moveArticleAction(
  _previous: StoryEditState,
  formData: FormData,
): Promise<StoryEditState> {
  const parsed = z
    .object({ articleId: idSchema, targetStory: addressSchema })
    .safeParse({ articleId: formData.get("articleId"), targetStory: formData.get("targetStory") });
  return edit(parsed, (input, actor) =>
    moveArticle({ actor, articleId: input.articleId, toStoryId: input.targetStory }),
  );
}

/** Undoes one move, merge or split, named by its audit row; the undo itself is audited and not undoable. */
export async function undoStoryEditAction(
  _previous: StoryEditState,
  formData: FormData,
): Promise<StoryEditState> {
  const parsed = z.object({ auditId: idSchema }).safeParse({ auditId: formData.get("auditId") });
  return edit(parsed, (input, actor) => undoStoryEdit({ actor, auditId: input.auditId }), {
    undoable: false,
  });
}
