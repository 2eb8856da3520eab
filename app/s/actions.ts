"use server";

import { headers } from "next/headers";
import { publicUrl } from "@/lib/public-url";
import { enforceRateLimit } from "@/lib/ratelimit";
import { createShareLink } from "@/lib/views";
import { shareRequestSchema } from "@/lib/views/share-request";
import { runPublicAction } from "../_lib/action";

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
  const requestHeaders = await headers();
  return runPublicAction(input, {
    name: "share link",
    limit: async () => {
      enforceRateLimit({ headers: requestHeaders }, "share links");
      return null;
    },
    schema: shareRequestSchema,
    run: async (request) => `/s/${(await createShareLink(request)).slug}`,
    // Internal failures are logged and shown as one plain line; their details are not the reader's business.
    internalMessage: "The link could not be made. Please try again.",
    fail: ({ message }) => ({ ok: false, message }),
    done: (path) => ({ ok: true, path, url: publicUrl(path, requestHeaders) }),
  });
}
