import { z } from "zod";
import { AppError } from "@/lib/errors";
import { publicUrlFor } from "@/lib/public-url";
import { EXPORT_FORMATS, exportStoryAs } from "@/lib/views";
import { pathId, preflight, readHeaders, readRoute } from "../../../_lib/read-api";

const formatSchema = z.enum(EXPORT_FORMATS);

/** GET /api/stories/{id}/export?format=json|csv|md: the story's export as a download. */
export async function GET(
  request: Request,
  context: RouteContext<"/api/stories/[id]/export">,
): Promise<Response> {
  return readRoute(async () => {
    const id = pathId((await context.params).id, "story");
    const url = new URL(request.url);
    const format = formatSchema.safeParse(url.searchParams.get("format") ?? "json");
    if (!format.success)
      throw new AppError("INVALID_INPUT", `Parameter "format": use ${EXPORT_FORMATS.join(", ")}.`);
    const file = await exportStoryAs(id, format.data, { storyUrl: publicUrlFor(request, `/stories/${id}`) });
    return new Response(file.body, {
      headers: readHeaders({
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.filename}"`,
        "X-Content-Type-Options": "nosniff",
      }),
    });
  });
}

export const OPTIONS = preflight;
