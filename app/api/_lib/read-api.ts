import "server-only";
import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { idSchema } from "@/app/_lib/params";
import { errorResponse } from "./respond";

/**
 * The read-only API's common ground: any origin may GET (the data is public), answers may be cached briefly by
 * browsers and proxies, errors keep the one error shape and are never cached.
 */
export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Access-Control-Allow-Headers": "Accept, Content-Type",
  "Access-Control-Expose-Headers": "Content-Disposition",
  "Access-Control-Max-Age": "86400",
};

/** Fresh for a minute, then served stale for up to five while revalidating: new articles arrive continually. */
export const READ_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

export function readHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return { ...CORS_HEADERS, "Cache-Control": READ_CACHE_CONTROL, ...extra };
}

export function readJson(data: unknown): NextResponse {
  return NextResponse.json(data, { headers: readHeaders() });
}

/** Runs a GET handler, mapping any failure to the error shape with CORS headers and no caching. */
export async function readRoute(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    const response = errorResponse(error);
    for (const [name, value] of Object.entries(CORS_HEADERS)) response.headers.set(name, value);
    response.headers.set("Cache-Control", "no-store");
    return response;
  }
}

/** The answer to a CORS preflight for the read API. */
export function preflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

/** A record id from the path: letters, digits, "_" and "-". */
export function pathId(value: string, what: "story" | "article"): string {
  const parsed = idSchema.safeParse(value);
  if (!parsed.success)
    throw new AppError("INVALID_INPUT", `That is not a ${what} id (letters, digits, _ and -).`);
  return parsed.data;
}
