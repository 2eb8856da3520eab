import "server-only";
import { NextResponse } from "next/server";
import { databaseUnavailable, isDatabaseUnreachable } from "@/lib/db";
import { AppError, toAppError } from "@/lib/errors";
import { log } from "@/lib/log";

/**
 * The API's one error shape: `{ "error": { "code", "message" } }` with the code's HTTP status. A database that
 * does not answer is 503 DATABASE_UNAVAILABLE (with Retry-After), whatever query noticed it.
 */
export function errorResponse(error: unknown): NextResponse {
  const appError = isDatabaseUnreachable(error) ? databaseUnavailable(error) : toAppError(error);
  if (appError.code === "DATABASE_UNAVAILABLE") log("api").warn({ err: error }, "database unavailable");
  if (appError.code === "INTERNAL") log("api").error({ err: error }, "API request failed");
  const message = appError.code === "INTERNAL" ? "Something went wrong on the server." : appError.message;
  return NextResponse.json(
    { error: { code: appError.code, message: message.split("\n")[0] } },
    {
      status: appError.status,
      headers: {
        ...(appError.code === "UNAUTHORIZED" ? { "WWW-Authenticate": "Bearer" } : {}),
        ...(appError.retryAfterSeconds === undefined
          ? {}
          : { "Retry-After": String(appError.retryAfterSeconds) }),
      },
    },
  );
}

/** Reads a JSON body of at most maxBytes, refusing larger ones before parsing them. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!/^application\/(.+\+)?json\b/i.test(request.headers.get("content-type") ?? ""))
    throw new AppError("UNSUPPORTED", "Send JSON with Content-Type: application/json.");
  const reader = request.body?.getReader();
  if (!reader) throw new AppError("INVALID_INPUT", "The request has no body.");
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new AppError("INVALID_INPUT", "The body is not valid JSON.");
  }
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("TOO_LARGE", `The body is larger than ${Math.round(maxBytes / (1024 * 1024))} MB.`);
}
