import { outletFeedRoute } from "@/app/_lib/feed-routes";

/** GET /outlets/{slug}/feed.json: the outlet's articles, newest first. */
export async function GET(
  request: Request,
  context: RouteContext<"/outlets/[slug]/feed.json">,
): Promise<Response> {
  return outletFeedRoute(request, (await context.params).slug, "json");
}
