import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { importArticles, recordItem } from "@/lib/ingest";
import { enforceRateLimit } from "@/lib/ratelimit";
import { requireApiCaller } from "../_lib/auth";
import { errorResponse, readJsonBody } from "../_lib/respond";

const MAX_BODY_BYTES = 20 * 1024 * 1024;
const MAX_ARTICLES = 100;

const bodySchema = z.union([
  z.array(z.unknown()).min(1).max(MAX_ARTICLES),
  z.object({ articles: z.array(z.unknown()).min(1).max(MAX_ARTICLES) }).strict(),
  z.record(z.string(), z.unknown()),
]);

type ItemResult =
  | {
      index: number;
      status: "created" | "updated" | "duplicate";
      articleId: string;
      storyId: string;
      version: number;
      title: string;
    }
  | { index: number; error: { code: string; message: string } };

async function* each<T>(values: T[]): AsyncGenerator<T> {
  yield* values;
}

/**
 * POST /api/articles (Bearer token): one article object, an array of them, or `{ "articles": [...] }`, each a
 * URL to fetch or the page's html/text. One article answers with its result (201 created, 200 otherwise) or
 * its error status; a batch answers 200 with a result or an error per item, in order.
 */
export async function POST(request: Request): Promise<NextResponse> {
  try {
    enforceRateLimit(request, "POST /api/articles");
    await requireApiCaller(request);
    const parsedBody = bodySchema.safeParse(await readJsonBody(request, MAX_BODY_BYTES));
    if (!parsedBody.success)
      throw new AppError("INVALID_INPUT", `Send one article object, or up to ${MAX_ARTICLES} in an array.`);
    const body = parsedBody.data;
    const single = !Array.isArray(body) && !("articles" in body && Array.isArray(body.articles));
    const records = Array.isArray(body) ? body : single ? [body] : (body.articles as unknown[]);

    const results: ItemResult[] = [];
    const errors: AppError[] = [];
    // Items are stored in order, one at a time, so the n-th report is the n-th record.
    let index = -1;
    await importArticles(each(records.map((record, i) => recordItem(String(i), record))), {
      onItem: (item) => {
        index += 1;
        if (item.result) {
          const { status, articleId, storyId, version, title } = item.result;
          results.push({ index, status, articleId, storyId, version, title });
        } else {
          const error = item.error ?? { code: "INTERNAL", message: "failed" };
          errors[index] = new AppError(error.code, error.message);
          results.push({ index, error });
        }
      },
    });

    if (single) {
      const only = results[0];
      if (!only) throw new AppError("INTERNAL", "The article produced no result.");
      if ("error" in only) return errorResponse(errors[0]);
      return NextResponse.json(only, { status: only.status === "created" ? 201 : 200 });
    }
    return NextResponse.json({
      results,
      summary: {
        created: results.filter((r) => "status" in r && r.status === "created").length,
        updated: results.filter((r) => "status" in r && r.status === "updated").length,
        duplicates: results.filter((r) => "status" in r && r.status === "duplicate").length,
        failed: results.filter((r) => "error" in r).length,
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
