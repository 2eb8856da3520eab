import { AppError } from "@/lib/errors";
import { getArticle } from "@/lib/views";
import { pathId, preflight, readJson, readRoute } from "../../_lib/read-api";

/** GET /api/articles/{id}: an article's clean text, metadata, quotations, versions and story. */
export async function GET(_request: Request, context: RouteContext<"/api/articles/[id]">): Promise<Response> {
  return readRoute(async () => {
    const id = pathId((await context.params).id, "article");
    const article = await getArticle(id);
    if (!article) throw new AppError("NOT_FOUND", `No article with id ${id}.`);
    return readJson(article);
  });
}

export const OPTIONS = preflight;
