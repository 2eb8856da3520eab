"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signInProblem } from "@/lib/auth";
import { toAppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { manageFeed, subscribeFeed } from "@/lib/ingest";
import { editorOrRefuse, onRecord } from "../_lib/editor-action";
import { parseId } from "../_lib/params";
import type { FeedFormState } from "./form-state";

const text = (value: unknown) => (typeof value === "string" ? value : "");

const feedSchema = z.object({
  url: z.preprocess(
    text,
    z
      .string()
      .trim()
      .min(1, { error: "Enter the feed’s web address." })
      .max(2000, { error: "The web address is too long." })
      .refine((v) => z.url({ protocol: /^https?$/ }).safeParse(v).success, {
        error: "Enter the full address of the feed, starting with http:// or https://.",
      }),
  ),
  outlet: z.preprocess(
    text,
    z.string().trim().max(120, { error: "The outlet name is limited to 120 characters." }),
  ),
  interval: z.preprocess(
    text,
    z.coerce
      .number({ error: "Choose how often to check the feed." })
      .int()
      .min(5, { error: "Check at most every 5 minutes." })
      .max(10_080, { error: "Check at least once a week." }),
  ),
});

/** Subscribes to a feed from the form; the worker polls it on its next round. */
export async function addFeedAction(_previous: FeedFormState, formData: FormData): Promise<FeedFormState> {
  const values = {
    url: text(formData.get("url")).slice(0, 2000),
    outlet: text(formData.get("outlet")).slice(0, 200),
    interval: text(formData.get("interval")).slice(0, 10) || "30",
  };
  const refusal = await signInProblem();
  if (refusal) return { status: "error", message: refusal, field: "", values };
  const parsed = feedSchema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      status: "error",
      message: issue?.message ?? "Check the form.",
      field: String(issue?.path[0] ?? ""),
      values,
    };
  }
  try {
    const feed = await subscribeFeed({
      url: parsed.data.url,
      outlet: parsed.data.outlet || null,
      intervalMinutes: parsed.data.interval,
    });
    revalidatePath("/feeds");
    return { status: "added", url: feed.url, values: { url: "", outlet: "", interval: values.interval } };
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "INTERNAL") log("feeds").error({ err: error }, "adding a feed failed");
    return {
      status: "error",
      message:
        appError.code === "INTERNAL" ? "Something went wrong; check the server log." : appError.message,
      field: "url",
      values,
    };
  }
}

const changeSchema = z.enum(["pause", "resume", "remove"]);

/**
 * Pauses, resumes or removes a feed (a button on its card). 401 signed out, 403 with editing off, 404 for no such
 * feed. A removed feed's page comes back saying so.
 */
export async function changeFeedAction(formData: FormData): Promise<void> {
  const editor = await editorOrRefuse();
  const change = changeSchema.safeParse(formData.get("change"));
  const id = change.success ? parseId(formData.get("id")) : null;
  await onRecord(id, async (feedId) => {
    await manageFeed(feedId, change.data!, editor.name);
  });
  revalidatePath("/feeds");
  if (change.data === "remove") redirect("/feeds?removed=1");
}
