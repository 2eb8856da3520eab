import "server-only";
import { addFeed, changeFeed, getDb, type FeedChange } from "@/lib/db";
import { env } from "@/lib/env";
import { assertFetchableUrl, inPlainWords, type PrecheckOptions } from "@/lib/fetch";
import { cleanLabel } from "@/lib/text";
import { normalizeArticleUrl } from "../urls";
import { slugify } from "../outlet";

/**
 * Adds a feed subscription; it is polled on the worker's next round. An address the fetcher would refuse on every
 * poll (a private or loopback address, a name that does not exist) is refused now, in plain words.
 */
export async function subscribeFeed(
  input: {
    url: string;
    intervalMinutes?: number;
    outlet?: string | null;
  },
  precheck: PrecheckOptions = {},
): Promise<{ id: string; url: string }> {
  const url = normalizeArticleUrl(input.url);
  try {
    await assertFetchableUrl(url, { allowPrivateNetwork: env.PARALLAX_FETCH_ALLOW_PRIVATE, ...precheck });
  } catch (error) {
    throw inPlainWords(error, "feed");
  }
  const outletName = cleanLabel(input.outlet ?? "");
  const { id } = await addFeed(await getDb(), {
    url,
    intervalMinutes: input.intervalMinutes ?? 30,
    outlet: outletName ? { slug: slugify(outletName), name: outletName, domain: null } : null,
  });
  return { id, url };
}

/** An editor pauses, resumes or removes a feed (audit logged); a paused feed is skipped by the poller. */
export async function manageFeed(
  feedId: string,
  change: FeedChange,
  actor: string,
): Promise<{ url: string }> {
  return changeFeed(await getDb(), { feedId, change, actor });
}
