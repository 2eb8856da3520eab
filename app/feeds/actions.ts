"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { signInProblem } from "@/lib/auth";
import { toAppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { subscribeFeed } from "@/lib/ingest";
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
