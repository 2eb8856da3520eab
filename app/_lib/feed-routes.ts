import "server-only";
import { AppError } from "@/lib/errors";
import {
  findMergedStory,
  getListFeed,
  getListFeedStamp,
  getOutletFeed,
  getOutletFeedStampBySlug,
  getStoryFeed,
  getStoryFeedStamp,
  readStoryListQuery,
} from "@/lib/views";
import { pathId, readRoute } from "../api/_lib/read-api";
import { feedResponse, renderedFeeds, type FeedFormat } from "./feed-response";
import { outletSlugSchema } from "./params";

/** GET /stories/{id}/feed.{atom,json}: the story's events. A merged story's feed redirects to its new home. */
export function storyFeedRoute(request: Request, id: string, format: FeedFormat): Promise<Response> {
  return readRoute(async () => {
    const storyId = pathId(id, "story");
    const stamp = await getStoryFeedStamp(storyId);
    if (stamp === null) {
      const target = await findMergedStory(storyId);
      if (target)
        return new Response(null, {
          status: 308,
          headers: { Location: `/stories/${target}/feed.${format}` },
        });
    }
    return feedResponse(
      request,
      format,
      {
        stamp: async () => stamp,
        load: (origin) => getStoryFeed(storyId, origin),
        missing: "There is no such story.",
      },
      renderedFeeds(),
    );
  });
}

/** GET /feed.{atom,json}?…: the story list's search and filters, the same parameters as the list page. */
export function listFeedRoute(request: Request, format: FeedFormat): Promise<Response> {
  return readRoute(async () => {
    // Strict: an unknown or malformed parameter is a 400 naming it, not a feed of something else.
    const { query } = readStoryListQuery(new URL(request.url).searchParams, "strict");
    return feedResponse(
      request,
      format,
      {
        stamp: getListFeedStamp,
        load: (origin) => getListFeed(query, origin),
        missing: "",
      },
      renderedFeeds(),
    );
  });
}

/** GET /outlets/{slug}/feed.{atom,json}: the outlet's articles. */
export function outletFeedRoute(request: Request, slug: string, format: FeedFormat): Promise<Response> {
  return readRoute(async () => {
    const parsed = outletSlugSchema.safeParse(slug);
    if (!parsed.success)
      throw new AppError("INVALID_INPUT", "That is not an outlet slug (lower-case letters, digits and -).");
    return feedResponse(
      request,
      format,
      {
        stamp: () => getOutletFeedStampBySlug(parsed.data),
        load: (origin) => getOutletFeed(parsed.data, origin),
        missing: "There is no such outlet.",
      },
      renderedFeeds(),
    );
  });
}
