import { AppError } from "@/lib/errors";
import { getStory } from "@/lib/views";
import { pathId, preflight, readJson, readRoute } from "../../../_lib/read-api";

/**
 * GET /api/stories/{id}/quote-groups: the story's quotations grouped by utterance, groups carried by several
 * outlets first, each with its variants (reference first), word diffs and distinct wordings.
 */
export async function GET(
  _request: Request,
  context: RouteContext<"/api/stories/[id]/quote-groups">,
): Promise<Response> {
  return readRoute(async () => {
    const id = pathId((await context.params).id, "story");
    const story = await getStory(id);
    if (!story) throw new AppError("NOT_FOUND", `No story with id ${id}.`);
    return readJson({ storyId: story.id, quoteGroups: story.quoteGroups });
  });
}

export const OPTIONS = preflight;
