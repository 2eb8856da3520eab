"use server";

import { headers } from "next/headers";
import { toAppError } from "@/lib/errors";
import { publicUrl } from "@/lib/public-url";
import { enforceRateLimit } from "@/lib/ratelimit";
import { createShareLink } from "@/lib/views";
import { shareRequestSchema } from "@/lib/views/share-request";

export type ShareActionResult =
  | {
      ok: true;
      path: string;
      /** Absolute, from PARALLAX_PUBLIC_URL or the request's host. */ url: string | null;
    }
  | { ok: false; message: string };

/**
 * "Copy link": makes (or finds) the short permalink for a story, a comparison or a quote group. Public, like
 * reading: no sign-in. Next checks a server action's Origin against the host, so other sites cannot call it, and
 * each client's requests are rate limited like the write API's (the same selection always gets the same link).
 */
export async function createShareLinkAction(input: unknown): Promise<ShareActionResult> {
  try {
    enforceRateLimit({ headers: await headers() }, "share links");
  } catch (error) {
    return { ok: false, message: toAppError(error).message };
  }
  const parsed = shareRequestSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, message: parsed.error.issues[0]?.message ?? "This link request is not valid." };
  }
  try {
    const { slug } = await createShareLink(parsed.data);
    const path = `/s/${slug}`;
    return { ok: true, path, url: publicUrl(path, await headers()) };
  } catch (error) {
    const appError = toAppError(error);
    // Internal failures are logged here and shown as one plain line; their details are not the reader's business.
    if (appError.code === "INTERNAL") {
      console.error("createShareLinkAction", error);
      return { ok: false, message: "The link could not be made. Please try again." };
    }
    return { ok: false, message: appError.message };
  }
}
