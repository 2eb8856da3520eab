import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { findMergedStory, getStory } from "@/lib/views";
import { CORS_HEADERS, pathId, preflight, readJson, readRoute } from "../../_lib/read-api";

/** GET /api/stories/{id}: a story with its articles, quote groups and wire lineage. */
export async function GET(request: Request, context: RouteContext<"/api/stories/[id]">): Promise<Response> {
  return readRoute(async () => {
    const id = pathId((await context.params).id, "story");
    const story = await getStory(id);
    if (story) return readJson(story);
    // A story clustering merged into another keeps answering, at its new address.
    const target = await findMergedStory(id);
    if (target)
      return NextResponse.redirect(new URL(`/api/stories/${target}`, request.url), {
        status: 308,
        headers: CORS_HEADERS,
      });
    throw new AppError("NOT_FOUND", `No story with id ${id}.`);
  });
}

export const OPTIONS = preflight;
