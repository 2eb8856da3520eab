import "server-only";
import { addFeed, getDb } from "@/lib/db";
import { cleanLabel } from "@/lib/text";
import { normalizeArticleUrl } from "../urls";
import { slugify } from "../outlet";

/** Adds a feed subscription; it is polled on the worker's next round. */
export async function subscribeFeed(input: {
  url: string;
  intervalMinutes?: number;
  outlet?: string | null;
}): Promise<{ id: string; url: string }> {
  const url = normalizeArticleUrl(input.url);
  const outletName = cleanLabel(input.outlet ?? "");
  const { id } = await addFeed(await getDb(), {
    url,
    intervalMinutes: input.intervalMinutes ?? 30,
    outlet: outletName ? { slug: slugify(outletName), name: outletName, domain: null } : null,
  });
  return { id, url };
}
