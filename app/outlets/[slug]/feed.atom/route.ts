import { outletFeedRoute } from "@/app/_lib/feed-routes";

/** GET /outlets/{slug}/feed.atom: the outlet's articles, newest first. */
export async function GET(
  request: Request,
  context: RouteContext<"/outlets/[slug]/feed.atom">,
): Promise<Response> {
  return outletFeedRoute(request, (await context.params).slug, "atom");
}
