import { listFeedRoute } from "@/app/_lib/feed-routes";

/** GET /feed.json?…: the story list's search and filters (the list page's parameters) as a feed. */
export function GET(request: Request): Promise<Response> {
  return listFeedRoute(request, "json");
}
