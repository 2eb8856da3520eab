import { storyFeedRoute } from "@/app/_lib/feed-routes";

/** GET /stories/{id}/feed.atom: the story's events (new coverage, edited articles, editors' changes). */
export async function GET(
  request: Request,
  context: RouteContext<"/stories/[id]/feed.atom">,
): Promise<Response> {
  return storyFeedRoute(request, (await context.params).id, "atom");
}
