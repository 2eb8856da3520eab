"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { feedFormSchema, text } from "@/lib/forms";
import { manageFeed, subscribeFeed } from "@/lib/ingest";
import { runAction, runButtonAction } from "../_lib/action";
import { idSchema } from "../_lib/params";
import type { FeedFormState } from "./form-state";

/** Subscribes to a feed from the form; the worker polls it on its next round. */
export async function addFeedAction(_previous: FeedFormState, formData: FormData): Promise<FeedFormState> {
  const values = {
    url: text(formData.get("url")).slice(0, 2000),
    outlet: text(formData.get("outlet")).slice(0, 200),
    interval: text(formData.get("interval")).slice(0, 10) || "30",
  };
  return runAction(values, {
    name: "add feed",
    schema: feedFormSchema,
    run: (input) =>
      subscribeFeed({ url: input.url, outlet: input.outlet || null, intervalMinutes: input.interval }),
    // A failed subscription is about the address (not a feed, cannot be fetched, already subscribed).
    fail: ({ kind, message, fieldErrors }) => ({
      status: "error",
      message,
      field: kind === "failed" ? "url" : (Object.keys(fieldErrors)[0] ?? ""),
      values,
    }),
    done: (feed) => {
      revalidatePath("/feeds");
      return { status: "added", url: feed.url, values: { url: "", outlet: "", interval: values.interval } };
    },
  });
}

const changeSchema = z.object({ id: idSchema, change: z.enum(["pause", "resume", "remove"]) });

/**
 * Pauses, resumes or removes a feed (a button on its card). 401 signed out, 403 with editing off, 404 for no such
 * feed. A removed feed's page comes back saying so.
 */
export async function changeFeedAction(formData: FormData): Promise<void> {
  const change = formData.get("change");
  await runButtonAction(
    { id: formData.get("id"), change },
    {
      schema: changeSchema,
      run: (input, actor) => manageFeed(input.id, input.change, actor),
      done: () => revalidatePath("/feeds"),
    },
  );
  if (change === "remove") redirect("/feeds?removed=1");
}
