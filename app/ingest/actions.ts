"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { ingestRateProblem } from "@/lib/auth";
import {
  ingestFormFields,
  ingestFormSchema,
  ingestFormValues,
  submitIngestForm,
  submittedFile,
} from "@/lib/forms";
import { runAction } from "../_lib/action";
import type { IngestField, IngestFormState } from "./form-state";

/**
 * Adds one article from a web address, an uploaded .txt/.html file or pasted text. On success it redirects to
 * the article's story; otherwise it returns the form state with a clear message and the user's inputs.
 */
export async function ingestAction(_previous: IngestFormState, formData: FormData): Promise<IngestFormState> {
  const values = ingestFormValues(formData);
  const file = submittedFile(formData.get("file"));
  return runAction(ingestFormFields(formData), {
    name: "ingest",
    limit: () => ingestRateProblem(),
    schema: ingestFormSchema,
    run: (input) => submitIngestForm(input, file),
    internalMessage:
      "Something went wrong while adding the article. Try again; if it keeps failing, check the server log.",
    fail: ({ kind, message, fieldErrors }) => {
      const count = Object.keys(fieldErrors).length;
      return {
        status: "error",
        message: kind === "invalid" && count > 1 ? `Check the ${count} highlighted fields.` : message,
        fieldErrors: fieldErrors as Partial<Record<IngestField, string>>,
        values,
        fileName: file?.name || null,
      };
    },
    done: (result) => {
      if (result.status === "duplicate") {
        const { articleId, title, outlet } = result;
        return { status: "duplicate", articleId, storyId: result.storyId || null, title, outlet, values };
      }
      revalidatePath("/", "layout");
      if (result.status === "updated") redirect(`/articles/${result.articleId}?changed=${result.version}`);
      redirect(
        result.storyId
          ? `/stories/${result.storyId}?added=${encodeURIComponent(result.articleId)}`
          : `/articles/${result.articleId}`,
      );
    },
  });
}
