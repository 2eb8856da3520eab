import { publicUrlFor } from "@/lib/public-url";
import { parseStoryListQuery, searchStories, storyListParams } from "@/lib/views";
import { preflight, readJson, readRoute } from "../_lib/read-api";

/**
 * GET /api/stories: the story list, newest or most covered first, with full-text search, filters and keyset
 * pagination; the same parameters as the story list page (documented in /api/openapi.json).
 */
export async function GET(request: Request): Promise<Response> {
  return readRoute(async () => {
    const url = new URL(request.url);
    const query = parseStoryListQuery(url.searchParams, "strict");
    const result = await searchStories(query);
    const link = (cursor: { after?: string; before?: string }) =>
      publicUrlFor(
        request,
        `/api/stories?${storyListParams(query, { after: undefined, before: undefined, ...cursor })}`,
      );
    return readJson({
      stories: result.items,
      total: result.total,
      totalIsCapped: result.totalIsCapped,
      next: result.next,
      prev: result.prev,
      links: {
        next: result.next ? link({ after: result.next }) : null,
        prev: result.prev ? link({ before: result.prev }) : null,
      },
    });
  });
}

export const OPTIONS = preflight;
